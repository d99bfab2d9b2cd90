import type { BuildContext } from '../builder/build-context.js';
import type { ReferenceInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/** A standard queue, or an agent's own queue: exactly one of `queue` and `agent`. */
export type QueueTarget =
  | {
      /** A standard queue; a dynamic value must hold its ARN, not its name. */
      readonly queue: ReferenceInput<'queue'>;
      readonly agent?: never;
    }
  | {
      /** The agent whose personal queue is meant. */
      readonly agent: ReferenceInput<'agent'>;
      readonly queue?: never;
    };

/** A queue or an agent's queue, or neither for the contact's working queue. */
export type OptionalQueueTarget = QueueTarget | { readonly queue?: never; readonly agent?: never };

/** The `QueueId` or `AgentId` parameter of a block's options. */
export function encodeQueueTarget(
  options: { readonly queue?: unknown; readonly agent?: unknown },
  context: BuildContext,
  required: boolean,
): ParameterTemplate {
  if (options.queue !== undefined && options.agent !== undefined) {
    context.problem('invalid-option', 'Give either queue or agent, not both.');
  }
  if (options.queue !== undefined) {
    return { QueueId: context.reference(options.queue, 'queue', 'queue') };
  }
  if (options.agent !== undefined) {
    return { AgentId: context.reference(options.agent, 'agent', 'agent') };
  }
  if (required) context.problem('invalid-option', 'Give a queue or an agent.');
  return {};
}
