import { findAction } from '@contactflow/dsl/catalog';
import type { ActionShape } from './flow-shape.js';

// Actions during which the flow stops and the contact hears, reads, says or waits for something:
// prompts take the length of their audio, input and bot blocks wait for the customer, Wait for an
// event or a timer, and a third-party call lasts until someone hangs up.
const participantTurnTypes = new Set([
  'MessageParticipant',
  'MessageParticipantIteratively',
  'GetParticipantInput',
  'ConnectParticipantWithLexBot',
  'ConnectParticipantWithAgenticCX',
  'Wait',
  'TransferParticipantToThirdParty',
]);

/**
 * Whether running the action gives the participant a turn (a prompt, an input, a wait), so that
 * the flow does not run straight on. Types the catalog does not know, and module invocations whose
 * contents live elsewhere, count as doing so: a rule must not guess against them.
 */
export function givesParticipantTurn(action: ActionShape): boolean {
  if (action.type === undefined || findAction(action.type) === undefined) return true;
  return participantTurnTypes.has(action.type) || action.type === 'InvokeFlowModule';
}
