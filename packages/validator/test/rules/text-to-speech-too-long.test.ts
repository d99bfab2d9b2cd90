import { textToSpeechTooLong } from '../../src/rules/text-to-speech-too-long.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const play = (parameters: unknown, id = 'play') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

const words = (length: number) => 'a'.repeat(length);

testRule(textToSpeechTooLong, {
  valid: [
    {
      name: 'text of exactly 3,000 characters',
      document: flowOf([play({ Text: words(3000) }), bye]),
    },
    {
      name: 'SSML whose tags take it past 3,000 characters but not its speech',
      document: flowOf([
        play({ SSML: `<speak>${'<break time="1s"/>'.repeat(100)}${words(2900)}</speak>` }),
        bye,
      ]),
    },
    {
      name: 'references do not count, whatever their length',
      document: flowOf([
        play({ Text: `${words(2990)} $.Attributes.aVeryLongAttributeNameThatIsNotSpoken` }),
        bye,
      ]),
    },
    {
      name: 'characters outside the basic plane count once',
      document: flowOf([play({ Text: '😀'.repeat(3000) }), bye]),
    },
    {
      name: 'garbage parameters',
      document: flowOf([play({ Text: 3001 }), play({ SSML: ['x'] }, 'x'), bye]),
    },
  ],
  invalid: [
    {
      name: 'plain text over 3,000 characters',
      document: flowOf([play({ Text: words(3001) }), bye]),
      findings: [{ actionId: 'play', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'SSML over 3,000 characters of speech, and over 6,000 in all',
      document: flowOf([
        play({ SSML: `<speak>${words(3001)}</speak>` }, 'a'),
        play({ SSML: `<speak>${'<break time="1s"/>'.repeat(400)}${words(10)}</speak>` }, 'b'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/SSML' },
      ],
    },
    {
      name: 'prompts of a menu, a bot and a looped message',
      document: flowOf([
        {
          Identifier: 'menu',
          Type: 'GetParticipantInput',
          Parameters: { Text: words(4000), InputTimeLimitSeconds: '5' },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        {
          Identifier: 'bot',
          Type: 'ConnectParticipantWithLexBot',
          Parameters: { Text: words(6001) },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        {
          Identifier: 'hold',
          Type: 'MessageParticipantIteratively',
          Parameters: { Messages: [{ Text: 'ok' }, { Text: words(3500) }] },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        bye,
      ]),
      findings: [
        { actionId: 'menu', pointer: '/Actions/0/Parameters/Text' },
        { actionId: 'bot', pointer: '/Actions/1/Parameters/Text' },
        { actionId: 'hold', pointer: '/Actions/2/Parameters/Messages/1/Text' },
      ],
    },
  ],
});
