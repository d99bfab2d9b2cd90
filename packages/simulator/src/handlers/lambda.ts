import { failWith, success, type ActionHandler } from '../action-handler.js';

// The guide's limit on a Lambda response (L37715).
const maximumResponseLength = 32 * 1024;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const invokeLambdaFunction: ActionHandler = {
  reads: ['lambdas'],
  summary:
    'Calls the scenario’s stub for the function (by logical name, ARN or function name) with the invocation attributes resolved. `ok` replaces $.External with the result (a STRING_MAP response must be flat; values are read as text); `fails` and `timesOut` take the Error branch. An ASYNCHRONOUS call continues at once and reads no result.',
  shape: { success: 'next' },
  run(context) {
    const { LambdaFunctionARN, LambdaInvocationAttributes, InvocationType, ResponseValidation } =
      context.action.parameters;
    const name = context.resourceName(LambdaFunctionARN);
    if (name === undefined) return failWith('NoMatchingError', 'the function reference is empty');
    const resolved = context.resolve(LambdaInvocationAttributes ?? {});
    const parameters = Object.fromEntries(
      Object.entries(isRecord(resolved) ? resolved : {}).map(([key, value]) => [key, value ?? '']),
    );
    const response = context.lambdaResponse(name, parameters);
    if (InvocationType === 'ASYNCHRONOUS') {
      context.note(`Lambda ${name} invoked without waiting for its response`);
      return success;
    }
    if (response.kind === 'fails') {
      return failWith('NoMatchingError', `Lambda ${name} failed: ${response.message}`);
    }
    if (response.kind === 'times-out') {
      const limit = context.text(context.action.parameters.InvocationTimeLimitSeconds);
      return failWith(
        'NoMatchingError',
        `Lambda ${name} did not answer within ${limit || 'the time limit of'} seconds`,
      );
    }
    if (JSON.stringify(response.result).length > maximumResponseLength) {
      return failWith('NoMatchingError', `Lambda ${name} returned more than 32 KB`);
    }
    const responseType = isRecord(ResponseValidation) ? ResponseValidation.ResponseType : undefined;
    let result: Record<string, unknown> = { ...response.result };
    if (responseType !== 'JSON') {
      const nested = Object.keys(result).find(
        (key) => typeof result[key] === 'object' && result[key] !== null,
      );
      if (nested !== undefined) {
        return failWith(
          'NoMatchingError',
          `Lambda ${name} returned an object under "${nested}", which a STRING_MAP response cannot hold`,
        );
      }
      result = Object.fromEntries(
        Object.entries(result).map(([key, value]) => [key, value === null ? '' : String(value)]),
      );
    }
    context.replace('External', result);
    context.note(`Lambda ${name} returned ${Object.keys(result).length} value(s)`);
    return success;
  },
};
