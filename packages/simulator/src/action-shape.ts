import { findAction } from '@contactflow/dsl';
import { shapeOf } from './action-handler.js';
import { outgoingBranches, type Branch, type BranchShape } from './branches.js';
import { findHandler } from './handlers/index.js';
import type { SimAction } from './load-flow.js';

/**
 * An action's shape: its handler's, or for a type the simulator does not run, what the catalog's
 * transitions contract implies (and for an unknown type: continue, branch or end as its
 * transitions suggest).
 */
export function staticShape(action: SimAction): BranchShape {
  const handler = findHandler(action.type);
  if (handler !== undefined) return shapeOf(handler, action);
  const spec = findAction(action.type);
  if (
    spec?.transitions.conditions !== false &&
    (spec !== undefined || action.conditions.length > 0)
  ) {
    return { success: 'result' };
  }
  if (
    spec?.transitions.nextAction === 'forbidden' ||
    (spec === undefined && action.next === undefined)
  ) {
    return { success: 'end', end: 'ended' };
  }
  return { success: 'next' };
}

/**
 * Every branch an action can take, once per label (see `outgoingBranches`).
 *
 * @example
 * ```ts
 * import { actionBranches } from '@contactflow/simulator';
 * const play = { id: 'hello', type: 'MessageParticipant', parameters: { Text: 'Hi' }, next: 'bye',
 *   errors: [{ type: 'NoMatchingError', target: 'bye' }], conditions: [] };
 * actionBranches(play).map((b) => b.label); // ['NextAction', 'Error NoMatchingError']
 * ```
 */
export function actionBranches(action: SimAction): Branch[] {
  const seen = new Set<string>();
  return outgoingBranches(action, staticShape(action)).filter((branch) => {
    if (seen.has(branch.label)) return false;
    seen.add(branch.label);
    return true;
  });
}
