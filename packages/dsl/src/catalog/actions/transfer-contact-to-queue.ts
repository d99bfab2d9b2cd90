import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const transferContactToQueue = defineAction({
  type: 'TransferContactToQueue',
  category: 'contact',
  summary:
    'Ends the flow and places the contact in its working queue, the one set earlier by Set working queue.',
  status: 'documented',
  parameters: noParameters,
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'QueueAtCapacity',
        description: 'The working queue is full (its maximum contacts, or the instance quota).',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'The contact could not be queued (no working queue, or it is already queued).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  effects: { handsOff: true },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: {
          QueueId:
            'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        },
        reason: 'the queue is set by UpdateContactTargetQueue (Set working queue), not here',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoqueue.html',
    'guide L33520-33644, L32867-32934',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-queue.html',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Parameters must be {} (or absent); QueueId is rejected.',
      reason:
        'The action page expects no parameters and every console export in the corpus writes {} or ' +
        'leaves Parameters out, the queue coming from a preceding Set working queue. The only ' +
        'actions with QueueId come from one generator whose flows also use invented types; an ' +
        'aws-samples reference verified against the service says QueueId is not a parameter.',
    },
    {
      decision: "NextAction is required, and the console points it at the Error branch's target.",
      reason:
        'A successful transfer ends the flow, so the console block shows only At capacity and Error ' +
        '(L33618-33619), yet all 26 corpus actions that carry the error branches also carry a ' +
        'NextAction, equal to the NoMatchingError target in 25 of them. The compiler should do the same; the builder ' +
        'offers no Success branch.',
    },
    {
      decision: 'Both error branches must be connected.',
      reason:
        'Every console export carries QueueAtCapacity and NoMatchingError, and the block shows both ' +
        'branches; the guide requires every connector to be connected before publishing (L33920).',
    },
    {
      decision:
        'Inbound and transfer flows (plus campaigns and modules); not customer queue flows.',
      reason:
        'The action page excludes customer queue, whisper and hold flows. In a customer queue flow ' +
        'the Transfer to queue block compiles to DequeueContactAndTransferToQueue instead, so the ' +
        "block's flow types are the union of the two actions'.",
    },
    emailFromChannelTable,
  ],
});
