import { endFlowResume as spec } from '../catalog/blocks/end-flow-resume.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link endFlow}: none. */
export type EndFlowOptions = Record<string, never>;

/**
 * End flow / Resume: ends the current flow without disconnecting the contact, for example after a
 * whisper or once Loop prompts was interrupted in a queue flow. In an inbound or disconnect flow it
 * ends the contact like Disconnect. A terminal block: it has no branches.
 *
 * @example
 * ```ts
 * import { endFlow, playPrompt } from '@contactflow/dsl';
 * const done = endFlow();
 * playPrompt({ text: 'This call may be recorded.' }).then(done).onError(done);
 * ```
 */
export const endFlow = defineBlockBuilder(spec, (_options: EndFlowOptions) => ({
  parameters: {},
}));
