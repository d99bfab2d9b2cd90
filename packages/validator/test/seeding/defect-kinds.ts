import { findAction } from '@contactflow/dsl/catalog';
import { buildFlowGraph, flowContextOf, readFlowShape } from '../../src/index.js';
import { attributesComeFromBefore } from '../../src/rules/attribute-never-set.js';
import { plantedFromRuleExample } from './rule-example-kinds.js';
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

/** Renames an action everywhere it is named: its own identifier, StartAction and every transition. */
function renamed(flow: FlowJson, from: string, to: string): void {
  if (flow.StartAction === from) flow.StartAction = to;
  for (const action of flow.Actions) {
    if (action.Identifier === from) action.Identifier = to;
    const t = action.Transitions;
    if (t === undefined) continue;
    if (t.NextAction === from) t.NextAction = to;
    for (const branch of [...(t.Errors ?? []), ...(t.Conditions ?? [])]) {
      if (branch.NextAction === from) branch.NextAction = to;
    }
  }
}

/** Unreachable Disconnect actions added until the flow has `count` actions. */
function paddedTo(flow: FlowJson, count: number): FlowJson {
  const copy = copyOf(flow);
  for (let n = 1; copy.Actions.length < count; n++) {
    copy.Actions.push({
      Identifier: `padding-${n}`,
      Type: 'DisconnectParticipant',
      Parameters: {},
      Transitions: {},
    });
  }
  return copy;
}

/** The first reachable action of a known type that has error branches. */
function withErrors(flow: FlowJson): ActionJson | undefined {
  return firstReachable(
    flow,
    (a) => findAction(a.Type) !== undefined && (a.Transitions?.Errors ?? []).length > 0,
  );
}

const errorTypesElsewhere = [
  'QueueAtCapacity',
  'InputTimeLimitExceeded',
  'NoMatchingCondition',
  'NoMatchingError',
];

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
  {
    name: 'an identifier with a forbidden character',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, () => true);
      if (action === undefined) return undefined;
      renamed(copy, action.Identifier, 'seeded:block');
      return { document: copy, code: 'illegal-identifier', actionId: 'seeded:block' };
    },
  },
  {
    name: "an error branch copied from another block's type",
    seed(flow) {
      const copy = copyOf(flow);
      const action = withErrors(copy);
      if (action === undefined) return undefined;
      const own = findAction(action.Type)!.transitions.errors.map((e) => e.type);
      const foreign = errorTypesElsewhere.find((type) => !own.includes(type))!;
      action.Transitions!.Errors![0]!.ErrorType = foreign;
      return { document: copy, code: 'unsupported-error-type', actionId: action.Identifier };
    },
  },
  {
    name: 'a condition on a block that takes none',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(copy, (a) => a.Type === 'MessageParticipant');
      if (action === undefined) return undefined;
      const next = action.Transitions?.NextAction ?? action.Identifier;
      action.Transitions = {
        ...action.Transitions,
        Conditions: [{ NextAction: next, Condition: { Operator: 'Equals', Operands: ['1'] } }],
      };
      return { document: copy, code: 'unsupported-condition', actionId: action.Identifier };
    },
  },
  {
    name: 'a condition operator the block does not support',
    seed(flow) {
      const copy = copyOf(flow);
      const action = firstReachable(
        copy,
        (a) => findAction(a.Type) !== undefined && (a.Transitions?.Conditions ?? []).length > 0,
      );
      if (action === undefined) return undefined;
      const [first] = action.Transitions!.Conditions!;
      first!.Condition = { Operator: 'Matches', Operands: ['1'] };
      return { document: copy, code: 'unsupported-condition', actionId: action.Identifier };
    },
  },
  {
    name: 'more than 250 actions',
    seed: (flow) => ({
      document: paddedTo(flow, 251),
      code: 'too-many-actions',
      pointer: '/Actions',
    }),
  },
  {
    name: 'too many blocks for the designer to export',
    seed: (flow) =>
      flow.Actions.length >= 100
        ? undefined
        : { document: paddedTo(flow, 100), code: 'console-export-limits', pointer: '/Actions' },
  },
  {
    name: 'three 8-second Lambda functions in a row',
    seed(flow) {
      if (typeof flow.StartAction !== 'string') return undefined;
      const copy = copyOf(flow);
      const start = flow.StartAction;
      const lambda = (n: number, next: string): ActionJson => ({
        Identifier: `seeded-lambda-${n}`,
        Type: 'InvokeLambdaFunction',
        Parameters: {
          LambdaFunctionARN: `arn:aws:lambda:us-east-1:123456789012:function:step${n}`,
          InvocationTimeLimitSeconds: '8',
        },
        Transitions: {
          NextAction: next,
          Errors: [{ NextAction: start, ErrorType: 'NoMatchingError' }],
        },
      });
      copy.Actions.push(
        lambda(1, 'seeded-lambda-2'),
        lambda(2, 'seeded-lambda-3'),
        lambda(3, start),
      );
      copy.StartAction = 'seeded-lambda-1';
      return { document: copy, code: 'lambda-chain-too-slow', actionId: 'seeded-lambda-3' };
    },
  },
  {
    name: 'SSML without its speak element',
    seed: (flow) =>
      withPrompt(flow, 'ssml-without-speak', (action) => {
        action.Parameters = { SSML: 'Hello <break time="1s"/> there.' };
      }),
  },
  plantedFromRuleExample(
    'embedded-reference',
    'an attribute embedded in a whole-JSONPath parameter',
  ),
  plantedFromRuleExample('invalid-dtmf-characters', 'a DTMF string with letters'),
  plantedFromRuleExample('percentages-over-100', 'percentages adding up to more than 100'),
  plantedFromRuleExample('invalid-attribute-key', 'an attribute key the service refuses'),
  {
    name: 'a Voice ID check placed before Set Voice ID',
    seed(flow) {
      if (typeof flow.StartAction !== 'string') return undefined;
      const copy = copyOf(flow);
      const start = flow.StartAction;
      copy.Actions.push(
        {
          Identifier: 'seeded-check',
          Type: 'CheckVoiceId',
          Parameters: { CheckVoiceIdOption: 'voiceAuthentication' },
          Transitions: {
            NextAction: 'seeded-set',
            Errors: [{ NextAction: 'seeded-set', ErrorType: 'NoMatchingError' }],
          },
        },
        {
          Identifier: 'seeded-set',
          Type: 'StartVoiceIdStream',
          Parameters: {},
          Transitions: {
            NextAction: start,
            Errors: [{ NextAction: start, ErrorType: 'NoMatchingError' }],
          },
        },
      );
      copy.StartAction = 'seeded-check';
      return { document: copy, code: 'voice-id-check-without-set', actionId: 'seeded-check' };
    },
  },
  {
    name: 'routing criteria set just before hanging up',
    seed(flow) {
      const copy = copyOf(flow);
      const end = firstReachable(copy, (a) => a.Type === 'DisconnectParticipant');
      if (end === undefined) return undefined;
      const criteria = 'seeded-criteria';
      renamed(copy, end.Identifier, criteria);
      end.Identifier = `${criteria}-end`;
      copy.Actions.push({
        Identifier: criteria,
        Type: 'UpdateRoutingCriteria',
        Parameters: {
          RoutingCriteria: {
            Steps: [
              {
                Expression: {
                  AttributeCondition: {
                    Name: 'Language',
                    Value: 'Spanish',
                    ProficiencyLevel: '4.0',
                    ComparisonOperator: 'NumberGreaterOrEqualTo',
                  },
                },
                Expiry: { DurationInSeconds: '30' },
              },
            ],
          },
        },
        Transitions: {
          NextAction: end.Identifier,
          Errors: [{ NextAction: end.Identifier, ErrorType: 'NoMatchingError' }],
        },
      });
      return { document: copy, code: 'routing-criteria-without-transfer', actionId: criteria };
    },
  },
  plantedFromRuleExample(
    'attribute-never-set',
    'an attribute read that nothing sets',
    // The rule is quiet, by design, where attributes may come from elsewhere.
    (flow) => {
      const type = flowContextOf(flow, {}).flowType;
      return (
        (type === undefined || !attributesComeFromBefore.has(type)) &&
        flow.Actions.every(
          (a) =>
            a.Type !== 'InvokeFlowModule' &&
            findAction(a.Type) !== undefined &&
            Object.keys(
              (a.Type === 'UpdateContactAttributes' && (a.Parameters?.['Attributes'] as object)) ||
                {},
            ).every((name) => !name.includes('$')),
        )
      );
    },
  ),
  plantedFromRuleExample('block-not-allowed-in-flow-type', 'a block the flow type does not offer'),
  plantedFromRuleExample('unsupported-channel', 'a block that fails on a declared channel'),
  plantedFromRuleExample('module-only-action', 'a module Return in a contact flow'),
  plantedFromRuleExample('whisper-plays-s3-audio', 'an S3 audio file played in a whisper flow'),
  {
    name: 'a prompt played before Call phone number',
    seed(flow) {
      if (typeof flow.StartAction !== 'string') return undefined;
      const copy = copyOf(flow);
      const start = flow.StartAction;
      copy.Actions.push(
        {
          Identifier: 'seeded-prompt',
          Type: 'MessageParticipant',
          Parameters: { Text: 'Please hold while we connect you.' },
          Transitions: {
            NextAction: 'seeded-call',
            Errors: [{ NextAction: 'seeded-call', ErrorType: 'NoMatchingError' }],
          },
        },
        {
          Identifier: 'seeded-call',
          Type: 'CompleteOutboundCall',
          Parameters: {},
          Transitions: { NextAction: start },
        },
      );
      copy.StartAction = 'seeded-prompt';
      return {
        document: copy,
        code: 'prompt-before-call-phone-number',
        actionId: 'seeded-prompt',
        options: { flowType: 'OUTBOUND_WHISPER' },
      };
    },
  },
  plantedFromRuleExample(
    'attribute-unavailable-in-flow-type',
    'an agent attribute read in an inbound flow',
  ),
  plantedFromRuleExample('module-reads-caller-data', "a module reading its caller's queue metrics"),
  plantedFromRuleExample(
    'queue-check-without-working-queue',
    'a staffing check before the working queue is set',
    // The rule is quiet, by design, where the queue may come with the contact.
    (flow) => {
      const type = flowContextOf(flow, {}).flowType;
      return (
        flow.Actions.some((a) => a.Type === 'UpdateContactTargetQueue') &&
        (type === undefined ||
          !['CUSTOMER_QUEUE', 'AGENT_TRANSFER', 'QUEUE_TRANSFER', 'FLOW_MODULE'].includes(type))
      );
    },
  ),
  {
    name: 'a task resumed just before the flow ends',
    seed(flow) {
      const copy = copyOf(flow);
      const end = firstReachable(copy, (a) => a.Type === 'DisconnectParticipant');
      if (end === undefined) return undefined;
      const resume = 'seeded-resume';
      renamed(copy, end.Identifier, resume);
      end.Identifier = `${resume}-end`;
      copy.Actions.push({
        Identifier: resume,
        Type: 'ResumeContact',
        Parameters: {},
        Transitions: {
          NextAction: end.Identifier,
          Errors: [{ NextAction: end.Identifier, ErrorType: 'NoMatchingError' }],
        },
      });
      return { document: copy, code: 'resumed-task-not-queued', actionId: resume };
    },
  },
  plantedFromRuleExample(
    'call-progress-outside-campaign',
    'a call progress check in a customer queue flow',
  ),
  {
    name: 'an export checked as another flow type',
    seed(flow) {
      const copy = copyOf(flow);
      const metadata =
        typeof copy['Metadata'] === 'object' && copy['Metadata'] !== null ? copy['Metadata'] : {};
      copy['Metadata'] = { ...metadata, type: 'customerQueue' };
      return {
        document: copy,
        code: 'flow-type-mismatch',
        pointer: '/Metadata/type',
        options: { flowType: 'CONTACT_FLOW' },
      };
    },
  },
  {
    name: 'a note too long for the flow designer',
    seed(flow) {
      const copy = copyOf(flow);
      const metadata = (
        typeof copy['Metadata'] === 'object' && copy['Metadata'] !== null ? copy['Metadata'] : {}
      ) as { Annotations?: unknown };
      const notes = Array.isArray(metadata.Annotations) ? metadata.Annotations : [];
      copy['Metadata'] = {
        ...metadata,
        Annotations: [...notes, { type: 'default', id: 'seeded-note', content: 'x'.repeat(1200) }],
      };
      return {
        document: copy,
        code: 'annotation-limits',
        pointer: `/Metadata/Annotations/${notes.length}/content`,
      };
    },
  },
  plantedFromRuleExample(
    'amazon-q-without-real-time-analytics',
    'an Amazon Q session without Contact Lens real-time',
    // The rule is quiet, by design, where a block may turn the analytics on.
    (flow) =>
      flow.Actions.every(
        (a) =>
          findAction(a.Type) !== undefined &&
          ![
            'UpdateContactRecordingBehavior',
            'UpdateContactRecordingAndAnalyticsBehavior',
            'InvokeFlowModule',
          ].includes(a.Type),
      ),
  ),
  plantedFromRuleExample('audio-prompt-not-wav', 'an .mp3 prompt played from S3'),
  plantedFromRuleExample(
    'lex-session-attribute-out-of-range',
    'a Lex maximum speech duration above 15 seconds',
  ),
  plantedFromRuleExample('lex-test-alias', 'a Lex bot called through its test alias'),
  plantedFromRuleExample('routing-step-without-expiry', 'a first routing step that never expires'),
  plantedFromRuleExample('shadowed-condition', 'a queue-time condition behind a wider one'),
  plantedFromRuleExample('ssml-unsupported-markup', 'an SSML tag Amazon Connect ignores'),
  plantedFromRuleExample('wait-event-mismatch', 'a Customer returned branch the Wait never takes'),
  plantedFromRuleExample(
    'recording-not-set-before-transfer',
    'a transfer that skips the recording block',
    // The rule speaks only where the flow sets recording somewhere and the contact is not queued.
    (flow) =>
      flowContextOf(flow, {}).flowType !== 'CUSTOMER_QUEUE' &&
      flow.Actions.some((a) =>
        ['UpdateContactRecordingBehavior', 'UpdateContactRecordingAndAnalyticsBehavior'].includes(
          a.Type,
        ),
      ),
  ),
  plantedFromRuleExample('array-index-reference', 'a prompt that reads an item of a Lambda list'),
  plantedFromRuleExample('case-without-customer', 'a case created for the profile id, not its ARN'),
  plantedFromRuleExample('many-callback-attempts', 'a callback tried 20 times'),
];
