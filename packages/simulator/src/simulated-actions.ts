import { actions } from '@contactflow/dsl';
import { findHandler } from './handlers/index.js';
import { notSimulated } from './not-simulated.js';
import type { ScenarioPart } from './scenario.js';

/** Whether and how the simulator runs one action type of the catalog. */
export interface SimulatedAction {
  readonly type: string;
  readonly simulated: boolean;
  /** The parts of the scenario it reads; empty when not simulated. */
  readonly reads: readonly ScenarioPart[];
  /** What the simulator does with it, or why it does not run it. */
  readonly description: string;
}

/**
 * Every action type of the catalog, in alphabetical order, with what the simulator does with it.
 * A type with neither a handler nor a reason in `notSimulated` is listed as not simulated with
 * that said, and a test keeps the list free of such gaps.
 *
 * @example
 * ```ts
 * import { simulatedActions } from '@contactflow/simulator';
 * simulatedActions().find((a) => a.type === 'Loop')?.simulated; // true
 * ```
 */
export function simulatedActions(): SimulatedAction[] {
  return Object.keys(actions)
    .sort()
    .map((type) => {
      const handler = findHandler(type);
      if (handler !== undefined) {
        return { type, simulated: true, reads: handler.reads, description: handler.summary };
      }
      return {
        type,
        simulated: false,
        reads: [],
        description: notSimulated[type] ?? 'No handler and no reason: a gap to close.',
      };
    });
}
