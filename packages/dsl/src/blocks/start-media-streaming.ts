import { startMediaStreaming as spec } from '../catalog/blocks/start-media-streaming.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Which audio to stream: what the customer says, what the customer hears, or both. */
export type MediaStreamDirection = 'both' | 'fromCustomer' | 'toCustomer';

/** Options of {@link startMediaStreaming}. */
export interface StartMediaStreamingOptions {
  /** `both` when omitted. */
  readonly direction?: MediaStreamDirection;
}

const directions: Readonly<Record<MediaStreamDirection, readonly string[]>> = {
  // The order console exports write.
  both: ['To', 'From'],
  fromCustomer: ['From'],
  toCustomer: ['To'],
};

/**
 * Start media streaming: streams the customer's audio to Kinesis Video Streams, across flows,
 * until a Stop media streaming block runs. Live media streaming must be enabled on the instance.
 *
 * @example
 * ```ts
 * import { disconnect, startMediaStreaming } from '@contactflow/dsl';
 * const bye = disconnect();
 * startMediaStreaming({ direction: 'fromCustomer' }).then(bye).onError(bye);
 * ```
 */
export const startMediaStreaming = defineBlockBuilder(
  spec,
  (options: StartMediaStreamingOptions, context) => {
    const direction = options.direction ?? 'both';
    const mediaDirections = directions[direction];
    if (mediaDirections === undefined) {
      context.problem(
        'invalid-option',
        `direction takes both, fromCustomer or toCustomer, not ${JSON.stringify(direction)}.`,
      );
    }
    return {
      parameters: {
        Participants: [
          { ParticipantType: 'Customer', MediaDirections: mediaDirections ?? directions.both },
        ],
      },
    };
  },
);
