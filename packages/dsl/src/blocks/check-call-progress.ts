import { checkCallProgress as spec } from '../catalog/blocks/check-call-progress.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link checkCallProgress}: none; detection is configured on the campaign. */
export type CheckCallProgressOptions = Record<string, never>;

/**
 * Check call progress: branches on what answered an outbound campaign call. Connect all four
 * outcomes; the Flow language requires each of them.
 *
 * @example
 * ```ts
 * import { checkCallProgress, disconnect, playPrompt } from '@contactflow/dsl';
 * const bye = disconnect();
 * const greet = playPrompt({ text: 'Hello, this is Example Corp.' }).then(bye).onError(bye);
 * checkCallProgress()
 *   .whenCallAnswered(greet)
 *   .whenVoicemailBeep(greet)
 *   .whenVoicemailNoBeep(bye)
 *   .whenNotDetected(bye)
 *   .onError(bye);
 * ```
 */
export const checkCallProgress = defineBlockBuilder(spec, (_options: CheckCallProgressOptions) => ({
  parameters: {},
}));
