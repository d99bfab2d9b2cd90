import { stopMediaStreaming as spec } from '../catalog/blocks/stop-media-streaming.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link stopMediaStreaming}: none. */
export type StopMediaStreamingOptions = Record<string, never>;

/**
 * Stop media streaming: stops the customer audio stream that Start media streaming began.
 *
 * @example
 * ```ts
 * import { disconnect, stopMediaStreaming } from '@contactflow/dsl';
 * const bye = disconnect();
 * stopMediaStreaming().then(bye).onError(bye);
 * ```
 */
export const stopMediaStreaming = defineBlockBuilder(
  spec,
  (_options: StopMediaStreamingOptions) => ({
    parameters: {
      // The action requires the participant even to stop; the console writes both directions.
      Participants: [{ ParticipantType: 'Customer', MediaDirections: ['To', 'From'] }],
    },
  }),
);
