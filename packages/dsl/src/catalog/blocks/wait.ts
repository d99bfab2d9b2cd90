import { defineBlock, defineBranch } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';

const timeExpired = defineBranch({
  name: 'Time expired',
  method: 'onTimeout',
  target: { kind: 'condition', operator: 'Equals', operand: 'WaitCompleted' },
  description: 'The wait time passed without an event.',
});
const customerReturned = defineBranch({
  name: 'Customer returned',
  method: 'onCustomerReturned',
  target: { kind: 'condition', operator: 'Equals', operand: 'CustomerReturned' },
  description: 'The customer came back and sent a message (optional branch).',
});
const botDisconnected = defineBranch({
  name: 'Bot participant disconnected',
  method: 'onBotParticipantDisconnected',
  target: { kind: 'condition', operator: 'Equals', operand: 'BotParticipantDisconnected' },
  description: 'The custom participant (a third-party bot, say) left the contact.',
});
const keepRunning = defineBranch({
  name: 'Continue',
  method: 'onContinue',
  target: { kind: 'condition', operator: 'Equals', operand: 'Continue' },
  description: 'Taken at once while the wait keeps running in the background.',
});
const participantNotFound = defineBranch({
  name: 'Participant not found',
  method: 'onParticipantNotFound',
  target: { kind: 'error', errorType: 'ParticipantNotFound' },
  description: 'No custom participant is connected to the contact.',
});

export const wait = defineBlock({
  id: 'wait',
  name: 'Wait',
  builder: 'wait',
  summary:
    'Pauses the flow until a time limit passes or an event happens (the customer returns, a bot participant leaves).',
  variants: [
    {
      mode: 'customer',
      actionType: 'Wait',
      match: [
        { parameter: 'Events', notEquals: ['BotParticipantDisconnected'] },
        { parameter: 'ContinueExecution', notEquals: ['True'] },
      ],
      description: 'Participant type "Default" (the customer).',
      branches: [timeExpired, customerReturned, error],
    },
    {
      mode: 'bot',
      actionType: 'Wait',
      match: [{ parameter: 'Events', equals: ['BotParticipantDisconnected'] }],
      description: 'Participant type "Bot": a custom participant such as a third-party bot.',
      branches: [botDisconnected, participantNotFound, timeExpired, error],
    },
    {
      mode: 'keep-running',
      actionType: 'Wait',
      preset: { ContinueExecution: 'True' },
      match: [{ parameter: 'ContinueExecution', equals: ['True'] }],
      description:
        '"Keep running while waiting" (participant type Default): the flow goes on along Continue ' +
        'and the wait ends later through Time expired.',
      branches: [keepRunning, timeExpired, error],
    },
  ],
  branches: [timeExpired, customerReturned, error],
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'CUSTOMER_QUEUE']),
  channels: {
    VOICE: {
      support: 'conditional',
      onUnsupported: 'Error',
      note:
        'Only in inbound flows in keep-running mode (or with the event-based wait, not modelled); ' +
        'otherwise voice takes Error, as the guide says.',
    },
    CHAT: { support: 'yes' },
    TASK: {
      support: 'conditional',
      note: 'Tasks always leave through Time expired or Error; participant type makes no difference.',
    },
    EMAIL: { support: 'yes' },
  },
  sources: [
    'guide L33645-33740',
    'https://docs.aws.amazon.com/connect/latest/adminguide/wait.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-wait.html',
  ],
  decisions: [
    {
      decision:
        'Time expired is the WaitCompleted condition, not NextAction; the block has no Success branch.',
      reason:
        'The action reference makes WaitCompleted the result when the time elapses and requires it as ' +
        'a condition. The console exports in the corpus branch on Equals WaitCompleted and set ' +
        'NextAction to the same action as NoMatchingError, so the compiler should do likewise.',
    },
    {
      decision: 'The bot mode is recognised by Events listing BotParticipantDisconnected.',
      reason:
        'The guide gives the bot-only branches (L33719-33725) and the action offers ' +
        'BotParticipantDisconnected as an event. Events is an array, so the matches mean "the list ' +
        'contains (or lacks) this value"; the shared ParameterCondition type does not yet say how equals applies ' +
        'to arrays.',
    },
    {
      decision: 'The "Keep running while waiting" option is a third mode with a Continue branch.',
      reason:
        'The Korean guide predates the option. The current English block page describes it (a ' +
        'Continue branch taken while the wait runs, Default participant type only) and the Wait ' +
        'action entry accepts ContinueExecution "True" with the Continue and WaitCompleted operands; ' +
        'this is also the mode in which voice works. The event-based (Lambda) wait is not modelled.',
    },
    {
      decision: 'Tasks are conditional: they never take the bot branches.',
      reason:
        'The guide says a task always leaves through Time expired or Error whatever the participant ' +
        'type (L33662-33666), so the bot-only branches are unreachable for tasks.',
    },
    {
      decision: 'Voice is conditional and email is supported.',
      reason:
        'The Korean guide says voice takes Error and has no email column (L33658-33666). The current ' +
        'English block page allows voice in inbound flows only with options this guide predates, and ' +
        'lists Email as "Yes".',
    },
  ],
});
