import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { object, resource } from '../schema/builders.js';
import { channelTableUrl } from './shared-contact-actions.js';

export const createWisdomSession = defineAction({
  type: 'CreateWisdomSession',
  category: 'contact',
  summary:
    'Attaches an Amazon Q in Connect (Wisdom) assistant to the contact for real-time agent recommendations.',
  status: 'documented',
  parameters: object(
    'The assistant to attach.',
    {
      WisdomAssistantArn: resource(
        'wisdom-assistant',
        'Full ARN of the Amazon Q in Connect assistant; may be set dynamically.',
        { valueClass: 'text' },
      ),
    },
    { required: ['WisdomAssistantArn'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The assistant could not be attached, or the channel is not supported.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: {
    ...supportedOn(['VOICE', 'CHAT', 'EMAIL'], { onUnsupported: 'Error' }),
    VOICE: {
      support: 'yes',
      note: 'Recommendations on calls need Contact Lens real-time (Set recording and analytics behavior).',
    },
    TASK: {
      support: 'no',
      onUnsupported: 'Error',
      note: "The guide's block page says a task passes without effect but is still billed.",
    },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        WisdomAssistantArn:
          'arn:aws:wisdom:us-east-1:111122223333:assistant/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      },
      { WisdomAssistantArn: '$.Attributes.assistantArn' },
    ],
    invalid: [
      { parameters: {}, reason: 'WisdomAssistantArn is required' },
      {
        parameters: {
          WisdomAssistantArn:
            'arn:aws:wisdom:us-east-1:111122223333:assistant/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
          WisdomSessionArn: '$.Wisdom.SessionArn',
        },
        reason: 'WisdomSessionArn belongs to the UpdateContactData action the block writes next',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/createwisdomsession.html',
    'guide L28661-28726, L28531',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Voice and chat are supported although the action page says voice only.',
      reason:
        'The guide\'s block page and both channel tables mark chat "yes" and note that chat needs ' +
        "no Contact Lens (L28721); three sources about the block outweigh the action page's one-line " +
        'restriction.',
    },
    {
      decision: 'Tasks take the Error branch; email is supported.',
      reason:
        'The guide\'s matrix says "No - Error branch" for tasks (L28531) while its block page says ' +
        'nothing happens (L28676-28680); the current English table agrees with the matrix and adds ' +
        'Email "Yes".',
    },
    {
      decision: 'Allowed in every flow type.',
      reason:
        "The action page says all flow types; the guide's block lists five (L28691-28704). The " +
        'action must cover every block that compiles to it, so the wider list is kept and the block ' +
        'entry carries the narrower one.',
    },
    {
      decision: 'An action with no assistant (Parameters {}) is rejected.',
      reason:
        'The parameter is required by the action page; the one corpus export without it is an ' +
        'unconfigured block in a template of all blocks, which the console would not publish.',
    },
    {
      decision:
        'The console block writes a second action after this one; it is not part of this entry.',
      reason:
        'Console exports follow CreateWisdomSession with UpdateContactData {WisdomSessionArn: ' +
        '$.Wisdom.SessionArn} (metadata "fragments": SetContactData); the block entry should model ' +
        'the pair.',
    },
  ],
});
