import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { flag, object, resource } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import { channelTableUrl } from './shared-contact-actions.js';

/** The contact events a flow can be attached to, and the flow each one runs. */
const eventHooks: Readonly<Record<string, string>> = {
  CustomerQueue:
    'Customer queue flow run while the contact waits in queue (Set customer queue flow).',
  CustomerHold: 'Customer hold flow (Set hold flow).',
  AgentHold: 'Agent hold flow (Set hold flow).',
  CustomerWhisper: 'Customer whisper flow (Set whisper flow).',
  AgentWhisper: 'Agent whisper flow (Set whisper flow).',
  CustomerRemaining:
    'Inbound-type flow run after a disconnect event while the customer remains, e.g. a survey (Set disconnect flow).',
  DefaultAgentUI: 'Flow run when the contact arrives in the agent workspace (Set event flow).',
  DisconnectAgentUI: 'Flow run when the contact closes in the agent workspace (Set event flow).',
  PauseContact: 'Flow run when the contact is paused (Set event flow).',
  ResumeContact: 'Flow run when the contact is resumed (Set event flow).',
};

const hookNames = Object.keys(eventHooks);

const hookFlows: Record<string, JsonSchema> = {};
const hookSettings: Record<string, JsonSchema> = {};
for (const name of hookNames) {
  hookFlows[name] = resource('flow', `${eventHooks[name]} Flow id or ARN.`);
  hookSettings[name] = object(
    `Settings of the ${name} hook.`,
    {
      DisableExecution: flag(
        'Undocumented switch; the console writes "false", which leaves the hook running.',
        ['true', 'false'],
      ),
    },
    { required: ['DisableExecution'] },
  );
}

export const updateContactEventHooks = defineAction({
  type: 'UpdateContactEventHooks',
  category: 'contact',
  summary:
    'Attaches a flow to one contact event: queue, hold, whisper, disconnect, agent workspace, pause or resume.',
  status: 'documented',
  parameters: object(
    'One event hook and, as console exports write it, its settings.',
    {
      EventHooks: object(
        'Exactly one event name (static) with the flow to run for it.',
        hookFlows,
        { minProperties: 1, maxProperties: 1 },
      ),
      EventHooksConfiguration: object(
        'Undocumented; written by the console beside whisper hooks.',
        hookSettings,
        { minProperties: 1, maxProperties: 1 },
      ),
    },
    { required: ['EventHooks'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The flow could not be set (unknown flow, wrong flow type, unsupported channel for a hold flow).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: {
    ...supportedOn(['VOICE']),
    CHAT: {
      support: 'conditional',
      onUnsupported: 'Error',
      note: 'CustomerHold and AgentHold take the Error branch; the other hooks work.',
    },
    TASK: {
      support: 'conditional',
      onUnsupported: 'Error',
      note: 'CustomerHold and AgentHold take the Error branch; the other hooks work.',
    },
    EMAIL: {
      support: 'conditional',
      onUnsupported: 'Error',
      note: 'Hold hooks take the Error branch; the customer queue hook works; the others are not documented for email.',
    },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        EventHooks: {
          CustomerQueue:
            'arn:aws:connect:us-east-1:111122223333:instance/0f1e2d3c/contact-flow/9a8b7c6d',
        },
      },
      { EventHooks: { CustomerRemaining: '$.Attributes.surveyFlowArn' } },
      {
        EventHooks: { AgentWhisper: '$.FlowAttributes.agentWhisperFlow' },
        EventHooksConfiguration: { AgentWhisper: { DisableExecution: 'false' } },
      },
    ],
    invalid: [
      {
        parameters: {
          EventHooks: {
            CustomerHold: 'arn:aws:connect:us-east-1:111122223333:instance/0f1e2d3c/contact-flow/1',
            AgentHold: 'arn:aws:connect:us-east-1:111122223333:instance/0f1e2d3c/contact-flow/2',
          },
        },
        reason: 'two hooks in one action',
      },
      {
        parameters: { EventHooks: { CustomerDisconnect: 'flow-id' } },
        reason: 'unknown event name',
      },
      { parameters: { EventHooks: {} }, reason: 'no hook' },
      { parameters: { EventHooks: { AgentWhisper: '' } }, reason: 'empty flow id' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
    'guide L31935-32160, L32749-32866, L34425-34445',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'EventHooks holds exactly one of the ten documented event names.',
      reason:
        'The page allows only one entry and lists AgentHold, AgentWhisper, CustomerHold, ' +
        'CustomerQueue, CustomerRemaining, CustomerWhisper, DefaultAgentUI, DisconnectAgentUI, ' +
        'PauseContact and ResumeContact; each console block sets one (VR-54). A third-party ' +
        'report says the service accepts empty and two-entry maps at publish time; the page ' +
        'and the console are followed.',
    },
    {
      decision:
        'EventHooksConfiguration ({ <hook>: { DisableExecution: "true" | "false" } }) is accepted.',
      reason:
        'Not on the page, but console exports in the corpus write it beside AgentWhisper and ' +
        'CustomerWhisper hooks (gitlab-cicd-terraform, sample-cdk-constructs, connect-copy). A ' +
        'third-party project reports that CreateContactFlow refused an action carrying it, so ' +
        'flows written by hand should leave it out until that is settled. That its key matches ' +
        'the EventHooks key is not checked.',
    },
    {
      decision: 'Set disconnect flow compiles to the CustomerRemaining hook.',
      reason:
        'The reference infers it and console exports (photosphere, rules-engine, connect-copy) ' +
        'write CustomerRemaining for disconnect and survey flows.',
    },
    {
      decision:
        'Allowed in every flow type; which hooks make sense in which flow is left to the blocks.',
      reason:
        'The page says all flow types. The blocks narrow it (Set customer queue flow: inbound and ' +
        'transfer flows; Set hold flow adds customer queue and outbound whisper; Set whisper flow ' +
        'adds customer queue), and the action must cover them all.',
    },
    {
      decision: 'Chat, task and email are conditional: only the hold hooks take the Error branch.',
      reason:
        'Set hold flow routes chat, task and email to Error; Set customer queue, whisper, ' +
        'disconnect and event flow list chat and task as supported (guide), and the English ' +
        'Set customer queue flow page lists email.',
    },
  ],
});
