import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { array, integer, object } from '../schema/builders.js';
import { messageChoices, messageProperties } from './shared-parameters.js';

const interrupting = { parameter: 'InterruptFrequencySeconds', present: true } as const;

// Each entry is one message; TextToSpeechType is a Play prompt designer hint never seen here.
const { PromptId, Text, SSML, Media } = messageProperties;

export const messageParticipantIteratively = defineAction({
  type: 'MessageParticipantIteratively',
  category: 'participant',
  summary: 'Plays a list of prompts in a loop while the contact waits in queue or on hold.',
  status: 'documented',
  parameters: object(
    'The prompts to loop and, optionally, how often to interrupt them.',
    {
      Messages: array(
        'Played in order, then from the start again.',
        object(
          'One prompt: exactly one of PromptId, Text, SSML or Media.',
          { PromptId: PromptId!, Text: Text!, SSML: SSML!, Media: Media! },
          { exclusive: [messageChoices], atLeastOne: [messageChoices] },
        ),
        { minItems: 1 },
      ),
      InterruptFrequencySeconds: integer(
        'Seconds after which playback stops and the action ends with MessagesInterrupted.',
        { minimum: 20 },
      ),
    },
    { required: ['Messages'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'A prompt could not be played, or the contact is not a voice contact.',
        connect: 'optional',
      },
    ],
    conditions: {
      result: '"MessagesInterrupted" when the interrupt period has elapsed.',
      operators: ['Equals'],
      operand: { kind: 'enum', values: ['MessagesInterrupted'] },
      requiredOperands: ['MessagesInterrupted'],
      when: interrupting,
    },
  },
  effects: { participantTurn: true },
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  flowTypes: ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'],
  examples: {
    valid: [
      { Messages: [{ Text: 'Thanks for waiting. An agent will be with you soon.' }] },
      {
        Messages: [
          { PromptId: 'arn:aws:connect:us-east-1:111122223333:instance/abc/prompt/def' },
          { SSML: '<speak>Your call matters to us.<break time="5s"/></speak>' },
        ],
        InterruptFrequencySeconds: '60',
      },
    ],
    invalid: [
      { parameters: { Messages: [] }, reason: 'at least one message is required' },
      {
        parameters: { Messages: [{ Text: 'Please hold.', PromptId: '$.Attributes.holdPrompt' }] },
        reason: 'one message holds exactly one of PromptId, Text, SSML or Media',
      },
      {
        parameters: { Messages: [{ Text: 'Please hold.' }], InterruptFrequencySeconds: '10' },
        reason: 'interrupt periods under 20 seconds can send the contact to Error',
      },
      { parameters: { Messages: [{ PromptId: '' }] }, reason: 'empty prompt id' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipantiteratively.html',
    'guide L31105-31212',
  ],
  decisions: [
    {
      decision: 'InterruptFrequencySeconds is at least 20.',
      reason:
        'The guide says to always use 20 seconds or more, because a contact interrupted within ' +
        'the 20-second window in which it is being offered to an agent can be routed to Error ' +
        '(L31177-31181). A smaller static value is a defect the schema can catch.',
    },
    {
      decision: 'NextAction and the NoMatchingError branch are optional.',
      reason:
        "The action's outcomes are the MessagesInterrupted condition and the error branch; in " +
        'hold flows the prompts loop until the contact leaves, and the default hold flows the ' +
        'console exports carry no transitions at all ("Errors": [], "Conditions": []).',
    },
    {
      decision:
        'The MessagesInterrupted condition exists, and must be connected, only when InterruptFrequencySeconds is set.',
      reason:
        'Without an interrupt period the action never completes with that result; with one, the ' +
        'console block shows a Timeout branch that has to be connected to publish.',
    },
    {
      decision: 'Message entries accept PromptId, Text, SSML and Media only.',
      reason:
        'The page describes each entry as one message of those four kinds; TextToSpeechType, a ' +
        'designer hint on Play prompt exports, never appears in Loop prompts exports.',
    },
  ],
});
