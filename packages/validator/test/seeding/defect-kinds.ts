import { buildFlowGraph, readFlowShape } from '../../src/index.js';
import { copyOf, type ActionJson, type DefectKind, type FlowJson } from './seeded-defect.js';

/** The first action, in document order, that the start reaches and `test` accepts. */
function firstReachable(
  flow: FlowJson,
  test: (action: ActionJson) => boolean,
): ActionJson | undefined {
  const { reachable } = buildFlowGraph(readFlowShape(flow));
  return flow.Actions.find((action, index) => reachable.has(index) && test(action));
}

/** Replaces the parameters of the first reachable prompt, keeping its place in the flow. */
function withPrompt(
  flow: FlowJson,
  code: string,
  change: (action: ActionJson) => void,
): ReturnType<DefectKind['seed']> {
  const copy = copyOf(flow);
  const action = firstReachable(copy, (a) => a.Type === 'MessageParticipant');
  if (action === undefined) return undefined;
  change(action);
  return { document: copy, code, actionId: action.Identifier };
}

/** Puts a new first action in front of the flow, continuing to the old start. */
function withNewStart(
  flow: FlowJson,
  code: string,
  action: Omit<ActionJson, 'Identifier'> & Pick<ActionJson, 'Transitions'>,
) {
  const copy = copyOf(flow);
  if (typeof copy.StartAction !== 'string') return undefined;
  const seeded = { Identifier: 'seeded-start', ...action } as ActionJson;
  const next = copy.StartAction;
  seeded.Transitions = {
    ...(action.Type === 'TransferContactToQueue' ? {} : { NextAction: next }),
    Errors: (action.Transitions?.Errors ?? []).map((e: { ErrorType: string }) => ({
      ...e,
      NextAction: next,
    })),
  };
  copy.Actions.push(seeded);
  copy.StartAction = seeded.Identifier;
  return { document: copy, code, actionId: seeded.Identifier };
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
      return { document: copy, code: 'transition-on-terminal-action', actionId: action.Identifier };
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
  {
    name: 'a phone number that cannot exist',
    seed: (flow) =>
      withPrompt(flow, 'invalid-phone-number', (action) => {
        action.Type = 'TransferParticipantToThirdParty';
        action.Parameters = {
          ThirdPartyPhoneNumber: '+15550',
          ThirdPartyConnectionTimeLimitSeconds: '30',
          ContinueFlowExecution: 'True',
        };
      }),
  },
  {
    name: 'SSML that is not well-formed',
    seed: (flow) =>
      withPrompt(flow, 'ssml-malformed', (action) => {
        action.Parameters = { SSML: '<speak>Hello <emphasis>there</speak>' };
      }),
  },
  {
    name: 'a prompt too long for text-to-speech',
    seed: (flow) =>
      withPrompt(flow, 'text-to-speech-too-long', (action) => {
        action.Parameters = { Text: 'Please listen carefully. '.repeat(300) };
      }),
  },
  {
    name: 'a hard-coded prompt ARN',
    seed: (flow) =>
      withPrompt(flow, 'hard-coded-instance-arn', (action) => {
        action.Parameters = {
          PromptId:
            'arn:aws:connect:us-east-1:123456789012:instance/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9/prompt/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        };
      }),
  },
  {
    name: 'a flow too long to publish',
    seed(flow) {
      const copy = copyOf(flow);
      copy.Actions.push({
        Identifier: 'padding',
        Type: 'MessageParticipant',
        Parameters: { Text: 'x'.repeat(260_000) },
        Transitions: {},
      });
      return { document: copy, code: 'content-too-large', pointer: '' };
    },
  },
  {
    name: 'a Lambda result read before any Lambda runs',
    seed: (flow) =>
      withNewStart(flow, 'external-read-without-lambda', {
        Type: 'UpdateContactAttributes',
        Parameters: { Attributes: { lastOrder: '$.External.orderId' }, TargetContact: 'Current' },
        Transitions: { Errors: [{ NextAction: '', ErrorType: 'NoMatchingError' }] },
      }),
  },
  {
    name: 'a transfer before the working queue is set',
    seed(flow) {
      // Transfer flows take their queue from the quick connect (guide L33873): no defect there.
      const type = (flow['Metadata'] as { type?: unknown } | undefined)?.type;
      if (type === 'agentTransfer' || type === 'queueTransfer' || type === 'customerQueue') {
        return undefined;
      }
      if (!flow.Actions.some((a) => a.Type === 'UpdateContactTargetQueue')) return undefined;
      return withNewStart(flow, 'transfer-without-working-queue', {
        Type: 'TransferContactToQueue',
        Parameters: {},
        Transitions: {
          Errors: [
            { NextAction: '', ErrorType: 'QueueAtCapacity' },
            { NextAction: '', ErrorType: 'NoMatchingError' },
          ],
        },
      });
    },
  },
  {
    name: 'an attribute update that loops on itself',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(
        copy,
        (a) =>
          a.Type === 'UpdateContactAttributes' &&
          (a.Transitions?.Errors ?? []).some((e) => e.NextAction !== a.Identifier),
      );
      if (action === undefined) return undefined;
      action.Transitions!.NextAction = action.Identifier;
      return { document: copy, code: 'spinning-loop', actionId: action.Identifier };
    },
  },
];
