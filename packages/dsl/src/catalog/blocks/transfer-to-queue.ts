import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error, success } from './shared-branches.js';

const atCapacity = defineBranch({
  name: 'At capacity',
  method: 'onAtCapacity',
  target: { kind: 'error', errorType: 'QueueAtCapacity' },
  description: 'The queue is full; the contact stays where it is.',
});

export const transferToQueue = defineBlock({
  id: 'transfer-to-queue',
  name: 'Transfer to queue',
  builder: 'transferToQueue',
  summary:
    'Puts the contact in its working queue; in a customer queue flow moves it to another queue; in callback mode queues a callback.',
  variants: [
    {
      mode: 'queue',
      actionType: 'TransferContactToQueue',
      description:
        'Tab "Transfer to queue" outside customer queue flows: queues the contact in the working queue ' +
        'set earlier and ends the flow.',
      branches: [atCapacity, error],
      flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
    },
    {
      mode: 'customer-queue',
      actionType: 'DequeueContactAndTransferToQueue',
      description:
        'Tab "Transfer to queue" inside a customer queue flow: moves the already queued contact to ' +
        'another queue.',
      branches: [success, atCapacity, error],
      flowTypes: ['CUSTOMER_QUEUE'],
    },
    {
      mode: 'callback',
      actionType: 'CreateCallbackContact',
      description:
        'Tab "Transfer to callback queue": creates a callback to the number set by Set callback number.',
      branches: [success, error],
    },
  ],
  branches: [atCapacity, error],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: {
    ...supportedOn(['VOICE', 'TASK']),
    CHAT: {
      support: 'conditional',
      onUnsupported: 'Error',
      note: 'Callback mode does not work for chat: the contact takes Error and CloudWatch logs an error.',
    },
  },
  sources: [
    'guide L33520-33644',
    'guide L30284-30286',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-queue.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-dequeuecontactandtransfertoqueue.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-createcallbackcontact.html',
  ],
  decisions: [
    {
      decision:
        "The queue tab shows At capacity and Error only; its NextAction is written as the Error branch's target.",
      reason:
        'The guide shows two branches for this tab (L33616-33621). TransferContactToQueue still ' +
        'needs a NextAction; in every console export in the corpus that has one it points at the ' +
        'same action as NoMatchingError (only a hand-written flow with numeric identifiers differs).',
    },
    {
      decision:
        'Inside a customer queue flow the block compiles to DequeueContactAndTransferToQueue and has a Success branch.',
      reason:
        'The action reference restricts DequeueContactAndTransferToQueue to customer queue flows and ' +
        'TransferContactToQueue to the others. The End flow / Resume page says that block usually ' +
        'sits on the Success branch of Transfer to queue in customer queue flows (L30284-30286), so ' +
        'the moved contact leaves the current queue flow through Success.',
    },
    {
      decision: 'The callback tab compiles to CreateCallbackContact with Success and Error.',
      reason:
        'The guide shows Success and Error for this tab (L33622-33625); CreateCallbackContact ' +
        'documents NoMatchingError and a NextAction.',
    },
    {
      decision: 'Chat is conditional: queue mode works, callback mode takes Error.',
      reason:
        'The Korean guide says callback cannot be used on chat and only logs an error (L33531-33533); ' +
        'the current English page adds that the Error branch is followed.',
    },
    {
      decision:
        "The block keeps the guide's flow types although each mode allows only some of them.",
      reason:
        'TransferContactToQueue excludes customer queue flows and DequeueContactAndTransferToQueue ' +
        'allows only them; which mode applies follows from the flow type, so each variant names ' +
        'its own flow types.',
    },
  ],
});
