import { invokeAwsLambdaFunction as spec } from '../catalog/blocks/invoke-aws-lambda-function.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ReferenceInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/** Options of {@link invokeLambda}. */
export interface InvokeLambdaOptions {
  readonly fn: ReferenceInput<'lambdaFunction'>;
  /** Seconds to wait for the response: 1 to 8 synchronously, up to 60 asynchronously. */
  readonly timeoutSeconds: number;
  /** Keys sent to the function besides the contact data, each a literal or a dynamic value. */
  readonly parameters?: Readonly<Record<string, ValueInput>>;
  /**
   * `STRING_MAP` (flat string values, the default) or `JSON` (nested response), written as
   * `ResponseValidation`. `null` writes no `ResponseValidation`, as flows saved before the console
   * had the setting; the service then reads the response as a string map.
   */
  readonly responseType?: 'STRING_MAP' | 'JSON' | null;
  /**
   * `true` invokes without waiting (`InvocationType` "ASYNCHRONOUS"); read the result later with
   * Wait or Resume. `false` writes `InvocationType` "SYNCHRONOUS", as some exports spell out the
   * default; omitted writes no `InvocationType` and the call waits.
   */
  readonly asynchronous?: boolean;
}

/**
 * Invoke AWS Lambda function: calls a function; its response is then readable with
 * `lambdaResult(key)`.
 *
 * @example
 * ```ts
 * import { disconnect, invokeLambda, lambdaFunction, system } from '@contactflow/dsl';
 * const bye = disconnect();
 * invokeLambda({
 *   fn: lambdaFunction('lookupCustomer'),
 *   timeoutSeconds: 3,
 *   parameters: { phone: system.customerNumber },
 * })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const invokeLambda = defineBlockBuilder(spec, (options: InvokeLambdaOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {
    LambdaFunctionARN: context.reference(options.fn, 'lambdaFunction', 'fn'),
    InvocationTimeLimitSeconds: context.integer(options.timeoutSeconds, 'timeoutSeconds'),
  };
  if (options.asynchronous !== undefined) {
    parameters['InvocationType'] = options.asynchronous ? 'ASYNCHRONOUS' : 'SYNCHRONOUS';
  }
  if (options.parameters !== undefined) {
    parameters['LambdaInvocationAttributes'] = Object.fromEntries(
      Object.entries(options.parameters).map(([k, v]) => [k, context.value(v, `parameters.${k}`)]),
    );
  }
  if (options.responseType !== null) {
    parameters['ResponseValidation'] = { ResponseType: options.responseType ?? 'STRING_MAP' };
  }
  return { parameters };
});
