import { findAction } from '@contactflow/dsl/catalog';
import type { ActionShape } from './flow-shape.js';

// Actions whose success hands the contact on (to a queue, an agent, another flow or a third
// party) although they keep transitions for their error branches.
const handOffTypes = new Set([
  'TransferContactToQueue',
  'DequeueContactAndTransferToQueue',
  'TransferContactToAgent',
  'TransferToFlow',
  'TransferParticipantToThirdParty',
]);

/**
 * Whether running the action can take the contact out of this flow other than through its
 * transitions. Types the catalog does not know count as able to: a rule must not guess against them.
 */
export function mayLeaveFlow(action: ActionShape): boolean {
  if (action.type === undefined || findAction(action.type) === undefined) return true;
  return handOffTypes.has(action.type);
}
