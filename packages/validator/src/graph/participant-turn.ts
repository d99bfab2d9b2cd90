import { findAction } from '@contactflow/dsl/catalog';
import type { ActionShape } from './flow-shape.js';

/**
 * Whether running the action gives the participant a turn (a prompt, an input, a wait), so that
 * the flow does not run straight on. Types the catalog does not know, and module invocations whose
 * contents live elsewhere, count as doing so: a rule must not guess against them.
 */
export function givesParticipantTurn(action: ActionShape): boolean {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  return (
    spec === undefined || spec.effects?.participantTurn === true || spec.type === 'InvokeFlowModule'
  );
}
