import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { integer, object } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

const routingChoices = ['QueuePriority', 'QueueTimeAdjustmentSeconds'] as const;

export const updateContactRoutingBehavior = defineAction({
  type: 'UpdateContactRoutingBehavior',
  category: 'contact',
  summary:
    'Moves the contact within its queue by setting its priority or adjusting its age in queue.',
  status: 'documented',
  parameters: object(
    'Exactly one of QueuePriority or QueueTimeAdjustmentSeconds.',
    {
      QueuePriority: integer('Priority, 1 = routed first; new contacts have 5.', { minimum: 1 }),
      QueueTimeAdjustmentSeconds: integer(
        "Seconds added to (or, negative, taken from) the contact's time in queue; older is routed first.",
        { minimum: -2147483648, maximum: 2147483647 },
      ),
    },
    { exclusive: [routingChoices], atLeastOne: [routingChoices] },
  ),
  transitions: { nextAction: 'required', errors: [], conditions: false },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { QueuePriority: '1' },
      { QueueTimeAdjustmentSeconds: '600' },
      { QueueTimeAdjustmentSeconds: -30 },
    ],
    invalid: [
      {
        parameters: { QueuePriority: '1', QueueTimeAdjustmentSeconds: '60' },
        reason: 'priority and time adjustment together',
      },
      { parameters: { QueuePriority: '0' }, reason: 'priority must be at least 1' },
      {
        parameters: { QueuePriority: '$.Attributes.priority' },
        reason: 'the priority must be static',
      },
      { parameters: {}, reason: 'nothing to change' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactroutingbehavior.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/change-routing-priority.html',
    'guide L29047-29131',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Exactly one of QueuePriority and QueueTimeAdjustmentSeconds is required.',
      reason:
        'The page forbids both together; neither page says one is required, but an action with ' +
        'neither changes nothing and the console block always sets one.',
    },
    {
      decision: 'QueuePriority has a minimum of 1 and no maximum in the schema.',
      reason:
        'The page says "larger than zero"; the English block page gives 1 to ' +
        '9223372036854775807, which JSON numbers cannot hold exactly, so the upper bound is left ' +
        'to the service.',
    },
    {
      decision: 'QueueTimeAdjustmentSeconds may be negative, within the 32-bit integer range.',
      reason:
        'The guide says the block adds or subtracts time (L29079-29101); the API field behind ' +
        'it (UpdateContactRoutingData) is an integer.',
    },
    {
      decision:
        'Allowed in inbound, customer queue, outbound whisper and both transfer flow types.',
      reason:
        'The action page says inbound flows only, the current English block page adds customer ' +
        'queue and both transfer types, and the Korean guide adds outbound whisper too ' +
        '(L29065-29078). The action must cover every flow type of its block, so the widest list ' +
        'wins; the narrower page is likely out of date.',
    },
    {
      decision: 'No error branches.',
      reason: 'The page lists none and the block shows only Success; corpus exports write none.',
    },
    emailFromChannelTable,
  ],
});
