import { defined, type BlockDecoder } from './block-decoder.js';

/** Check contact attributes. */
export const decodeCheckContactAttributes: BlockDecoder = (parameters, context) => ({
  value: context.dynamic(parameters['ComparisonValue'], 'ComparisonValue'),
});

/** Check hours of operation. */
export const decodeCheckHoursOfOperation: BlockDecoder = (parameters, context) =>
  defined({
    hours:
      parameters['HoursOfOperationId'] === undefined
        ? undefined
        : context.reference(
            parameters['HoursOfOperationId'],
            'hoursOfOperation',
            'HoursOfOperationId',
          ),
  });

/** Loop. */
export const decodeLoop: BlockDecoder = (parameters, context) => ({
  count: context.integer(parameters['LoopCount'], 'LoopCount'),
});

/** Wait: for the customer, for a bot, or keep running. */
export const decodeWait: BlockDecoder = (parameters, context, mode) => {
  const timeoutSeconds = context.integer(parameters['TimeLimitSeconds'], 'TimeLimitSeconds');
  if (mode === 'bot') return { participant: 'bot', timeoutSeconds };
  if (mode === 'keep-running') {
    return {
      timeoutSeconds,
      keepRunning: true,
      minimumWaitSeconds: context.integer(
        parameters['MinimumWaitTimeSeconds'],
        'MinimumWaitTimeSeconds',
      ),
    };
  }
  return defined({
    timeoutSeconds,
    customerReturned: parameters['Events'] === undefined ? undefined : true,
  });
};
