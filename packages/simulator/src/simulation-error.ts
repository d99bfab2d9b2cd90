/**
 * Why a run could not go on:
 * - `not-simulated`: the action type is in the catalog but the simulator does not run it;
 * - `unknown-action-type`: the catalog does not know the type;
 * - `scenario`: the run needs something the scenario does not give (a Lambda stub, a module, ...)
 *   or gives an input the action cannot take;
 * - `invalid-flow`: the document is not a flow the simulator can read.
 */
export type SimulationErrorCode =
  'not-simulated' | 'unknown-action-type' | 'scenario' | 'invalid-flow';

/**
 * A run that cannot continue, with a one-line message naming the action and what is missing.
 *
 * @example
 * ```ts
 * import { SimulationError } from '@contactflow/simulator';
 * const error = new SimulationError('scenario', 'No Lambda stub for "getBalance".');
 * error.code; // 'scenario'
 * ```
 */
export class SimulationError extends Error {
  override readonly name = 'SimulationError';

  constructor(
    readonly code: SimulationErrorCode,
    message: string,
    /** The action that was running, when there was one. */
    readonly action?: string,
  ) {
    super(message);
  }
}

/**
 * Whether a value is a {@link SimulationError}.
 *
 * @example
 * ```ts
 * import { isSimulationError, SimulationError } from '@contactflow/simulator';
 * isSimulationError(new SimulationError('invalid-flow', 'No StartAction.')); // true
 * ```
 */
export function isSimulationError(value: unknown): value is SimulationError {
  return value instanceof SimulationError;
}
