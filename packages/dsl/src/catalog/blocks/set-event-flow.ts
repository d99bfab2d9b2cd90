import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { eventHookVariant } from './shared-event-hooks.js';

export const setEventFlow = defineBlock({
  id: 'set-event-flow',
  name: 'Set event flow',
  builder: 'setEventFlow',
  summary:
    'Chooses the flow to run on a contact event: the agent workspace opening or closing the contact, or a task pausing or resuming.',
  variants: [
    eventHookVariant(
      'default-agent-ui',
      'DefaultAgentUI',
      'Event "Default flow for agent UI": runs when the contact arrives in the agent workspace.',
    ),
    eventHookVariant(
      'disconnect-agent-ui',
      'DisconnectAgentUI',
      'Event "Disconnect flow for agent UI": runs when the contact open in the agent workspace ends.',
    ),
    eventHookVariant(
      'pause',
      'PauseContact',
      'Event "Flow at contact pause": runs when the contact is paused.',
    ),
    eventHookVariant(
      'resume',
      'ResumeContact',
      'Event "Flow at contact resume": runs when a paused contact resumes.',
    ),
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L32060-32112',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-event-flow.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
  ],
  decisions: [
    {
      decision: 'Channels come from the block page: voice, chat and task supported.',
      reason:
        "The block has no row in the guide's channel matrix (L28524-28660), which the reference notes " +
        'lists as incomplete; the block page itself says yes for all three (L32081-32091).',
    },
    {
      decision:
        'The four console events map to DefaultAgentUI, DisconnectAgentUI, PauseContact and ResumeContact.',
      reason:
        'The guide names the events only in prose (L32064-32080); these are the matching keys in the ' +
        'UpdateContactEventHooks key list, and console exports in the corpus write DefaultAgentUI for ' +
        'the agent-workspace event.',
    },
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
