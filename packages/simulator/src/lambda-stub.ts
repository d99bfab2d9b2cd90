/** What a Lambda function does when the flow invokes it. */
export type LambdaResponse =
  | { readonly kind: 'ok'; readonly result: Readonly<Record<string, unknown>> }
  | { readonly kind: 'fails'; readonly message: string }
  | { readonly kind: 'times-out' };

/** What the flow sent to a Lambda function, for stubs that answer according to it. */
export interface LambdaInvocation {
  /** The function as the flow names it: the logical name of a placeholder, else the ARN. */
  readonly function: string;
  /** `LambdaInvocationAttributes` with every reference resolved. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The contact attributes at the time of the call. */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * A Lambda function's stand-in: one response for every call, a list taken one per call (the last
 * one repeats), or a function of the invocation.
 */
export type LambdaStub =
  LambdaResponse | readonly LambdaResponse[] | ((invocation: LambdaInvocation) => LambdaResponse);

/**
 * The function returns these values, read afterwards as `$.External.<key>`.
 *
 * @example
 * ```ts
 * import { ok } from '@contactflow/simulator';
 * ok({ balance: '5.00' });
 * ```
 */
export function ok(result: Readonly<Record<string, unknown>> = {}): LambdaResponse {
  return { kind: 'ok', result };
}

/**
 * The function fails (throws, is unreachable or returns what the flow cannot read): the block
 * takes its Error branch.
 *
 * @example
 * ```ts
 * import { fails } from '@contactflow/simulator';
 * fails('database unavailable');
 * ```
 */
export function fails(message = 'the function failed'): LambdaResponse {
  return { kind: 'fails', message };
}

/**
 * The function does not answer within the block's time limit: the block takes its Error branch.
 *
 * @example
 * ```ts
 * import { timesOut } from '@contactflow/simulator';
 * timesOut();
 * ```
 */
export function timesOut(): LambdaResponse {
  return { kind: 'times-out' };
}
