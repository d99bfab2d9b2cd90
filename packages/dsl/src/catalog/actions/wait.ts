import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { array, choice, flag, integer, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

const waitProperties: Readonly<Record<string, JsonSchema>> = {
  TimeLimitSeconds: integer('Seconds to wait before WaitCompleted, at most 7 days.', {
    minimum: 1,
    maximum: 604800,
    valueClass: 'jsonpath',
  }),
  Events: {
    ...array(
      'Events that end the wait early, each needing its own condition.',
      choice('An event.', ['CustomerReturned', 'BotParticipantDisconnected']),
    ),
    uniqueItems: true,
  },
  ContinueExecution: flag('"True" lets the flow carry on along Continue while the wait runs.'),
  MinimumWaitTimeSeconds: integer('With ContinueExecution: seconds before Continue is taken.', {
    minimum: 1,
    maximum: 604800,
    valueClass: 'jsonpath',
  }),
};

const base = object('How long to wait and what may end the wait.', waitProperties, {
  required: ['TimeLimitSeconds'],
});

export const wait = defineAction({
  type: 'Wait',
  category: 'flow-control',
  summary: 'Pauses the flow until a timeout or an event such as the chat customer returning.',
  status: 'documented',
  parameters: {
    ...base,
    allOf: [
      ...(base.allOf ?? []),
      {
        $comment: 'ContinueExecution "True" needs MinimumWaitTimeSeconds',
        if: {
          properties: { ContinueExecution: { const: 'True' } },
          required: ['ContinueExecution'],
        },
        then: { required: ['MinimumWaitTimeSeconds'] },
      },
    ],
  },
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The wait failed, e.g. on a voice contact without the continue option.',
        connect: 'required',
      },
      {
        type: 'ParticipantNotFound',
        description: 'The bot participant being waited for is not on the contact.',
        connect: 'conditional',
        when: { parameter: 'Events', equals: ['BotParticipantDisconnected'] },
      },
    ],
    conditions: {
      result:
        'WaitCompleted when the time runs out, the event that ended the wait, or Continue in ' +
        'continue mode.',
      operators: ['Equals'],
      operand: {
        kind: 'enum',
        values: ['WaitCompleted', 'CustomerReturned', 'BotParticipantDisconnected', 'Continue'],
      },
      requiredOperands: ['WaitCompleted'],
    },
  },
  effects: { participantTurn: true },
  channels: {
    VOICE: {
      support: 'conditional',
      onUnsupported: 'Error',
      note: 'Inbound flows only, with "Keep running while waiting" or an event-based wait; otherwise Error.',
    },
    CHAT: { support: 'yes' },
    TASK: { support: 'yes', note: 'Always ends in WaitCompleted or Error; events never fire.' },
    EMAIL: { support: 'yes', note: 'Listed by the current block page.' },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { TimeLimitSeconds: '900', Events: ['CustomerReturned'] },
      { TimeLimitSeconds: '$.Attributes.waitSeconds' },
      { TimeLimitSeconds: 300, Events: ['BotParticipantDisconnected'] },
      { TimeLimitSeconds: '60', MinimumWaitTimeSeconds: '5', ContinueExecution: 'True' },
    ],
    invalid: [
      {
        parameters: { TimeoutSeconds: '900' },
        reason:
          'the documented name TimeoutSeconds is rejected by the service; use TimeLimitSeconds',
      },
      { parameters: { TimeLimitSeconds: '604801' }, reason: 'longer than seven days' },
      { parameters: { TimeLimitSeconds: '0' }, reason: 'the timeout must be positive' },
      {
        parameters: { TimeLimitSeconds: '60', Events: ['LambdaReturned'] },
        reason: 'not a wait event',
      },
      {
        parameters: { TimeLimitSeconds: '60', ContinueExecution: 'True' },
        reason: 'continue mode needs MinimumWaitTimeSeconds',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-wait.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/wait.html',
    'guide L33645-33740',
  ],
  decisions: [
    {
      decision:
        'The timeout parameter is TimeLimitSeconds; the documented TimeoutSeconds is rejected.',
      reason:
        'Both corpus console exports (aws-samples rules-engine RulesEngineDisconnect, RulesEngineWait) ' +
        'write TimeLimitSeconds, and two third-party sources that create flows through the API report ' +
        'that TimeoutSeconds is refused and TimeLimitSeconds accepted. The action page name is wrong.',
    },
    {
      decision: 'TimeLimitSeconds is 1..604800, as a literal or one whole JSONPath.',
      reason:
        'The action page: a positive whole number up to seven days, static or a single JSONPath; the ' +
        'guide gives the same seven-day limit (L33688-33694). The dynamic value is in seconds.',
    },
    {
      decision: 'A WaitCompleted condition is always required, plus one per listed event.',
      reason:
        'The action page says so. The per-event part depends on Events and is a validator check; ' +
        'the contract can only require WaitCompleted.',
    },
    {
      decision:
        'ContinueExecution and MinimumWaitTimeSeconds are accepted, with Continue as an operand (continue mode).',
      reason:
        'Neither is on the action page, but the current block page describes "Keep running while ' +
        'waiting", which sends the contact down a Continue branch, and a third-party project that ' +
        'publishes probe flows reports this exact shape accepted: MinimumWaitTimeSeconds required ' +
        'with ContinueExecution "True", and exactly the conditions Continue and WaitCompleted. No ' +
        'corpus export shows it; revisit with one. The event-based (Lambda) wait of the same page ' +
        'is not modelled: its parameters are unknown and the obvious event names are reported ' +
        'rejected.',
    },
    {
      decision: 'ParticipantNotFound exists exactly when Events lists BotParticipantDisconnected.',
      reason:
        'The action page ties it to that event; the block shows it only for participant type Bot ' +
        '(L33719-33725). The `when` test means "Events contains the value".',
    },
    {
      decision: 'Allowed in every flow type.',
      reason:
        'The action page says every type of flow; the block pages list only inbound and customer ' +
        'queue flows, which the block entry records. A rule that errs on the documented action ' +
        'would be worse than one that stays silent.',
    },
    {
      decision: 'Voice is conditional, chat, task and email supported.',
      reason:
        'The action page says chat only and the Korean guide marks voice as Error; the current ' +
        'English block page allows voice in inbound flows with the continue or event-based option ' +
        'and lists task (time-out or error only) and email as supported.',
    },
    {
      decision: 'NextAction is optional.',
      reason:
        'Every outcome is a condition or an error; console exports write a NextAction equal to the ' +
        'Error target.',
    },
  ],
});
