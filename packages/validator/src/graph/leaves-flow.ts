import { findAction } from '@contactflow/dsl/catalog';
import type { ActionShape } from './flow-shape.js';

/**
 * Whether running the action can take the contact out of this flow other than through its
 * transitions. Types the catalog does not know count as able to: a rule must not guess against them.
 */
export function mayLeaveFlow(action: ActionShape): boolean {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  return spec === undefined || spec.effects?.handsOff === true;
}
