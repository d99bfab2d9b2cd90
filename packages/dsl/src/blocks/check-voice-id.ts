import { checkVoiceId as spec } from '../catalog/blocks/check-voice-id.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link checkVoiceId}. */
export interface CheckVoiceIdOptions {
  /**
   * The Voice ID result to branch on:
   * - `enrollment`: `.whenEnrolled`, `.whenNotEnrolled`, `.whenOptedOut` (not billed);
   * - `authentication`: `.whenAuthenticated`, `.whenNotAuthenticated`, `.whenInconclusive`,
   *   `.whenNotEnrolled`, `.whenOptedOut`;
   * - `fraudDetection`: `.whenHighRisk`, `.whenLowRisk`, `.whenInconclusive`.
   */
  readonly check: 'enrollment' | 'authentication' | 'fraudDetection';
}

const modes = {
  enrollment: 'enrollment',
  authentication: 'authentication',
  fraudDetection: 'fraud-detection',
} as const;

/**
 * Check Voice ID: branches on the caller's Voice ID enrollment status, voice authentication result
 * or fraud risk. Needs Set Voice ID earlier in the flow, and for enrollment and authentication the
 * contact's customer id (Set contact attributes).
 *
 * @example
 * ```ts
 * import { checkVoiceId, disconnect, playPrompt } from '@contactflow/dsl';
 * const bye = disconnect();
 * const agent = playPrompt({ text: 'Let me get an agent to verify you.' }).then(bye).onError(bye);
 * checkVoiceId({ check: 'authentication' })
 *   .whenAuthenticated(bye)
 *   .whenNotAuthenticated(agent)
 *   .whenInconclusive(agent)
 *   .whenNotEnrolled(agent)
 *   .whenOptedOut(agent)
 *   .onError(agent);
 * ```
 */
export const checkVoiceId = defineBlockBuilder(spec, (options: CheckVoiceIdOptions, context) => {
  const mode = modes[options.check];
  if (mode === undefined) {
    context.problem(
      'invalid-option',
      `check takes 'enrollment', 'authentication' or 'fraudDetection', not ${JSON.stringify(options.check)}.`,
    );
  }
  // CheckVoiceIdOption comes from the mode's preset.
  return { mode: mode ?? 'enrollment', parameters: {} };
});
