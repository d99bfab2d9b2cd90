import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const updatePreviousContactParticipantState = defineAction({
  type: 'UpdatePreviousContactParticipantState',
  category: 'contact',
  summary:
    'Puts the agent or the customer of the previous contact on hold, or takes both off hold (e.g. for secure input).',
  status: 'documented',
  parameters: object(
    'The hold state to apply.',
    {
      PreviousContactParticipantState: choice(
        'AgentOnHold (customer on the line), CustomerOnHold (agent on the line) or OffHold (the console\'s "Conference all").',
        ['AgentOnHold', 'CustomerOnHold', 'OffHold'],
      ),
    },
    { required: ['PreviousContactParticipantState'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The hold state could not be changed, or the contact is not a call.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { PreviousContactParticipantState: 'AgentOnHold' },
      { PreviousContactParticipantState: 'OffHold' },
    ],
    invalid: [
      {
        parameters: { PreviousContactParticipantState: 'ConferenceAll' },
        reason: 'the console label is not the token; use OffHold',
      },
      {
        parameters: { PreviousContactParticipantState: '$.Attributes.holdState' },
        reason: 'the state must be static',
      },
      { parameters: {}, reason: 'PreviousContactParticipantState is required' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatepreviouscontactparticipantstate.html',
    'guide L30881-30934',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Outbound whisper flows are allowed besides inbound and transfer flows.',
      reason:
        "The action page says inbound and transfer flows; the guide's Hold customer or agent " +
        'block also lists outbound whisper (L30902-30913). The action must cover every flow type ' +
        'of its block, so the wider list wins.',
    },
    {
      decision: 'The state is a static choice.',
      reason: 'The page lists three fixed values and does not mention dynamic values.',
    },
    {
      decision: 'Chat, task and email take the Error branch.',
      reason:
        'The page says voice only; the guide and the current English channel table route the ' +
        'other channels to Error.',
    },
    emailFromChannelTable,
  ],
});
