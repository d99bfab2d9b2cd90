import { ssmlWithoutSpeak } from '../../src/rules/ssml-without-speak.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const play = (parameters: unknown, id = 'play') => ({
  Identifier: id,
  Type: 'GetParticipantInput',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(ssmlWithoutSpeak, {
  valid: [
    {
      name: 'SSML wrapped in <speak>, with an XML declaration and spaces around',
      document: flowOf([play({ SSML: ' <?xml version="1.0"?>\n<speak>Press 1.</speak>\n' }), bye]),
    },
    {
      name: 'SSML from an attribute',
      document: flowOf([play({ SSML: '$.External.menuSsml' }), bye]),
    },
    {
      name: 'malformed SSML (ssml-malformed reports it)',
      document: flowOf([play({ SSML: 'Press <emphasis>1</speak>' }), bye]),
    },
    {
      name: 'plain text in Text',
      document: flowOf([play({ Text: 'Press 1.' }), bye]),
    },
  ],
  invalid: [
    {
      name: 'plain text, and markup without <speak>',
      document: flowOf([
        play({ SSML: 'Press 1 for sales.' }, 'a'),
        play({ SSML: 'Press <emphasis>1</emphasis> for sales.' }, 'b'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/SSML' },
      ],
    },
  ],
});
