import {
  copyOf,
  reachableIds,
  type ActionJson,
  type DefectKind,
  type FlowJson,
} from './seeded-defect.js';

function firstReachable(
  flow: FlowJson,
  test: (action: ActionJson) => boolean,
): ActionJson | undefined {
  const byId = new Map(flow.Actions.map((a) => [a.Identifier, a]));
  return reachableIds(flow)
    .map((id) => byId.get(id)!)
    .find(test);
}

/** The kinds of defect the validator finds today, each planted the way an editing slip would. */
export const defectKinds: readonly DefectKind[] = [
  {
    name: 'a branch pointing to a deleted block',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, (a) => typeof a.Transitions?.NextAction === 'string');
      if (action === undefined) return undefined;
      action.Transitions!.NextAction = 'deleted-block';
      return { document: copy, code: 'dangling-transition', actionId: action.Identifier };
    },
  },
  {
    name: 'an identifier used twice',
    seed(flow) {
      const copy = copyOf(flow);
      if (copy.Actions.length < 2) return undefined;
      const last = copy.Actions[copy.Actions.length - 1]!;
      const first = copy.Actions[0]!;
      // The second copy is the one reported; give it the first action's identifier.
      last.Identifier = first.Identifier;
      return { document: copy, code: 'duplicate-identifier', actionId: first.Identifier };
    },
  },
  {
    name: 'a start that names no action',
    seed(flow) {
      const copy = copyOf(flow);
      copy.StartAction = 'renamed-start';
      return { document: copy, code: 'dangling-start-action', pointer: '/StartAction' };
    },
  },
  {
    name: 'a block left unconnected',
    seed(flow) {
      const copy = copyOf(flow);
      const orphan = {
        Identifier: 'orphan-block',
        Type: 'DisconnectParticipant',
        Parameters: {},
        Transitions: {},
      };
      copy.Actions.push(orphan);
      return { document: copy, code: 'unreachable-action', actionId: orphan.Identifier };
    },
  },
  {
    name: 'a prompt whose every branch leads back to itself',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, (a) => a.Type === 'MessageParticipant');
      if (action === undefined) return undefined;
      const self = action.Identifier;
      action.Transitions = {
        NextAction: self,
        Errors: [{ NextAction: self, ErrorType: 'NoMatchingError' }],
      };
      return { document: copy, code: 'loop-without-exit', actionId: self };
    },
  },
  {
    name: 'an action type that does not exist',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, () => true);
      if (action === undefined) return undefined;
      action.Type = 'PlayPromptTypo';
      return { document: copy, code: 'unknown-action-type', actionId: action.Identifier };
    },
  },
  {
    name: 'a required error branch removed',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(
        copy,
        (a) =>
          a.Type === 'MessageParticipant' &&
          (a.Transitions?.Errors ?? []).some((e) => e.ErrorType === 'NoMatchingError'),
      );
      if (action === undefined) return undefined;
      action.Transitions!.Errors = action.Transitions!.Errors!.filter(
        (e) => e.ErrorType !== 'NoMatchingError',
      );
      return { document: copy, code: 'unconnected-branch', actionId: action.Identifier };
    },
  },
  {
    name: 'a transition on a terminal block',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, (a) => a.Type === 'DisconnectParticipant');
      if (action === undefined) return undefined;
      action.Transitions = { NextAction: copy.Actions[0]!.Identifier };
      return { document: copy, code: 'invalid-transitions', actionId: action.Identifier };
    },
  },
  {
    name: 'a Get customer input timeout over 179 seconds',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(
        copy,
        (a) =>
          a.Type === 'GetParticipantInput' && a.Parameters?.['InputTimeLimitSeconds'] !== undefined,
      );
      if (action === undefined) return undefined;
      action.Parameters!['InputTimeLimitSeconds'] = '300';
      return { document: copy, code: 'invalid-parameters', actionId: action.Identifier };
    },
  },
  {
    name: 'a synchronous Lambda timeout over 8 seconds',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(
        copy,
        (a) =>
          a.Type === 'InvokeLambdaFunction' && a.Parameters?.['InvocationType'] !== 'ASYNCHRONOUS',
      );
      if (action === undefined) return undefined;
      action.Parameters!['InvocationTimeLimitSeconds'] = '30';
      return { document: copy, code: 'invalid-parameters', actionId: action.Identifier };
    },
  },
];
