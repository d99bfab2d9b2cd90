import type { ActionHandler } from '../action-handler.js';

export const disconnectParticipant: ActionHandler = {
  reads: [],
  summary: 'Ends the run: disconnected.',
  shape: { success: 'end', end: 'disconnected' },
  run: () => ({ kind: 'end', outcome: { kind: 'disconnected' } }),
};

export const endFlowExecution: ActionHandler = {
  reads: [],
  summary: 'Ends the run without disconnecting: ended.',
  shape: { success: 'end', end: 'ended' },
  run: () => ({ kind: 'end', outcome: { kind: 'ended' } }),
};

export const transferContactToAgent: ActionHandler = {
  reads: [],
  summary: 'Ends the run: transferred to the agent of the transfer.',
  shape: { success: 'end', end: 'agent' },
  run: () => ({ kind: 'end', outcome: { kind: 'agent' } }),
};
