import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

/** The `queue` or `agent` option that writes `QueueId` or `AgentId`. */
export function decodeQueueTarget(parameters: JsonObject, context: DecodeContext): Options {
  if (parameters['QueueId'] !== undefined && parameters['AgentId'] !== undefined) {
    context.fail('it has both QueueId and AgentId');
  }
  if (parameters['QueueId'] !== undefined) {
    return { queue: context.reference(parameters['QueueId'], 'queue', 'QueueId') };
  }
  if (parameters['AgentId'] !== undefined) {
    return { agent: context.reference(parameters['AgentId'], 'agent', 'AgentId') };
  }
  return {};
}

/** Set working queue. */
export const decodeSetWorkingQueue: BlockDecoder = (parameters, context) =>
  decodeQueueTarget(parameters, context);

/** Transfer to queue: the working queue, another queue from a customer queue flow, or a callback. */
export const decodeTransferToQueue: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'queue') return undefined;
  if (mode === 'customer-queue') return decodeQueueTarget(parameters, context);
  return {
    ...decodeQueueTarget(parameters, context),
    callback: defined({
      initialDelaySeconds: context.number(
        parameters['InitialCallDelaySeconds'],
        'InitialCallDelaySeconds',
      ),
      maxAttempts: context.number(
        parameters['MaximumConnectionAttempts'],
        'MaximumConnectionAttempts',
      ),
      retryDelaySeconds: context.number(parameters['RetryDelaySeconds'], 'RetryDelaySeconds'),
      flow:
        parameters['ContactFlowId'] === undefined
          ? undefined
          : context.reference(parameters['ContactFlowId'], 'flow', 'ContactFlowId'),
      callerId:
        parameters['CallerId'] === undefined
          ? undefined
          : context.reference(parameters['CallerId'], 'phoneNumber', 'CallerId'),
    }),
  };
};

/** Check queue status. */
export const decodeCheckQueueStatus: BlockDecoder = (parameters, context, mode) => ({
  ...decodeQueueTarget(parameters, context),
  metric: mode === 'time-in-queue' ? 'timeInQueue' : 'queueCapacity',
});

/** Check staffing. */
export const decodeCheckStaffing: BlockDecoder = (parameters, context, mode) =>
  defined({
    ...decodeQueueTarget(parameters, context),
    status: mode === 'staffed' ? undefined : mode,
  });

/** Get queue metrics. */
export const decodeGetQueueMetrics: BlockDecoder = (parameters, context) => {
  const channel = parameters['QueueChannel'];
  return defined({
    ...decodeQueueTarget(parameters, context),
    channel:
      channel === undefined || channel === 'Voice' || channel === 'Chat'
        ? channel
        : context.dynamic(channel, 'QueueChannel'),
  });
};

/** Change routing priority / age. */
export const decodeChangeRoutingPriority: BlockDecoder = (parameters, context, mode) =>
  mode === 'priority'
    ? { priority: context.number(parameters['QueuePriority'], 'QueuePriority') }
    : {
        adjustTimeInQueueSeconds: context.number(
          parameters['QueueTimeAdjustmentSeconds'],
          'QueueTimeAdjustmentSeconds',
        ),
      };

function decodeRequirement(value: unknown, context: DecodeContext): Options {
  const condition = context.object(value, 'AttributeCondition');
  context.oneOf(condition['ComparisonOperator'], ['NumberGreaterOrEqualTo'], 'ComparisonOperator');
  const level = Number(context.string(condition['ProficiencyLevel'], 'ProficiencyLevel'));
  if (![1, 2, 3, 4, 5].includes(level)) context.fail('ProficiencyLevel is not 1 to 5');
  return {
    attribute: context.value(condition['Name'], 'Name'),
    value: context.value(condition['Value'], 'Value'),
    minimumLevel: level,
  };
}

function decodeStep(value: unknown, context: DecodeContext): Options {
  const step = context.object(value, 'a step');
  const expression = context.object(step['Expression'], 'Expression');
  const and = expression['AndExpression'];
  const require = Array.isArray(and)
    ? and.map((item: unknown) =>
        decodeRequirement(context.object(item, 'AndExpression')['AttributeCondition'], context),
      )
    : decodeRequirement(expression['AttributeCondition'], context);
  const expiry =
    step['Expiry'] === undefined ? undefined : context.object(step['Expiry'], 'Expiry');
  return defined({
    require,
    expiresAfterSeconds:
      expiry === undefined
        ? undefined
        : context.number(expiry['DurationInSeconds'], 'DurationInSeconds'),
  });
}

/** Set routing criteria: proficiency steps, or criteria read from a dynamic value. */
export const decodeSetRoutingCriteria: BlockDecoder = (parameters, context) => {
  const criteria = parameters['RoutingCriteria'];
  if (typeof criteria === 'string')
    return { criteria: context.dynamic(criteria, 'RoutingCriteria') };
  const steps = context.object(criteria, 'RoutingCriteria')['Steps'];
  if (typeof steps === 'string') return { steps: context.dynamic(steps, 'Steps') };
  if (!Array.isArray(steps)) return context.fail('Steps is not a list');
  return { steps: steps.map((step: unknown) => decodeStep(step, context)) };
};
