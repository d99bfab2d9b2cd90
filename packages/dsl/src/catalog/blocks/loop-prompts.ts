import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { error } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  emailTakesError,
} from './shared-email-channel.js';

const timeout = defineBranch({
  name: 'Timeout',
  method: 'onTimeout',
  target: { kind: 'condition', operator: 'Equals', operand: 'MessagesInterrupted' },
  description: 'The interrupt period elapsed; playback will restart from the beginning next time.',
});

export const loopPrompts = defineBlock({
  id: 'loop-prompts',
  name: 'Loop prompts',
  builder: 'loopPrompts',
  summary: 'Plays a list of prompts over and over while the contact waits in queue or on hold.',
  variants: [
    {
      mode: 'continuous',
      actionType: 'MessageParticipantIteratively',
      match: [{ parameter: 'InterruptFrequencySeconds', present: false }],
      description: 'Plays until the contact leaves the flow; the usual form in hold flows.',
      branches: [error],
    },
    {
      mode: 'interrupting',
      actionType: 'MessageParticipantIteratively',
      match: [{ parameter: 'InterruptFrequencySeconds', present: true }],
      description:
        'Stops every N seconds (20 or more) to run other logic, such as offering a callback in a ' +
        'customer queue flow.',
      branches: [timeout, error],
    },
  ],
  branches: [timeout, error],
  flowTypes: ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'],
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error', email: emailTakesError }),
  sources: [
    'guide L31105-31212',
    'guide L33597-33600',
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipantiteratively.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Timeout exists only when InterruptFrequencySeconds is set, so the block has two modes.',
      reason:
        'The guide ties the Timeout branch to the interrupt setting (L31139-31146, L31190-31201), and ' +
        'the action reports MessagesInterrupted only after the interrupt period. Console exports without ' +
        'the parameter carry no MessagesInterrupted condition (crrice__connect-copy default hold and ' +
        'queue flows); the one with it does (aws-samples__amazon-connect-rules-engine ' +
        'RulesEngineCustomerQueue.json).',
    },
    {
      decision: 'Error is listed in both modes, though older blocks in exports have none.',
      reason:
        'The guide shows Timeout and Error and says some legacy versions of the block lack Error, in ' +
        'which case chat contacts stop running the customer queue flow (L31187-31190); AWS default ' +
        'hold and queue flows in the corpus export it with empty Transitions. The builder always ' +
        'offers Error; whether import accepts the legacy form is for the action contract to say.',
    },
    {
      decision: 'No console branch maps to NextAction; the compiler points it at the Error target.',
      reason:
        'Where the corpus exports carry a NextAction for this type it leads where NoMatchingError leads ' +
        '(aws-samples__amazon-connect-cicd-workshop ACME_customer_queue.json, RulesEngineCustomerQueue.json).',
    },
    emailFromBlockChannelTable,
  ],
});
