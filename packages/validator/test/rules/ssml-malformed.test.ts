import { ssmlMalformed } from '../../src/rules/ssml-malformed.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const play = (parameters: unknown, id = 'play') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(ssmlMalformed, {
  valid: [
    {
      name: 'well-formed SSML with the tags Amazon Connect supports',
      document: flowOf([
        play({
          SSML: '<?xml version="1.0"?><speak><p><s>Hello <prosody rate="slow" volume=\'loud\'>there</prosody></s></p><break time="2s"/><amazon:effect name="whispered">quiet</amazon:effect> <say-as interpret-as="characters">ABC</say-as> &amp; &#8364; &#x20AC;<!-- note --></speak>',
        }),
        bye,
      ]),
    },
    {
      name: 'references inside SSML, and SSML from an attribute',
      document: flowOf([
        play({ SSML: "<speak>Hello $.Attributes.['first name'], $.External.name</speak>" }, 'a'),
        play({ SSML: '$.External.greetingSsml' }, 'b'),
        bye,
      ]),
    },
    {
      name: 'SSML without <speak> (ssml-without-speak reports it)',
      document: flowOf([play({ SSML: 'Hello <break time="1s"/> there' }), bye]),
    },
    {
      name: 'markup-like text in Text, which is not SSML',
      document: flowOf([play({ Text: 'Press < 1 & 2 >' }), bye]),
    },
    {
      name: 'garbage parameters',
      document: flowOf([play({ SSML: 42 }), play(null, 'x'), bye]),
    },
  ],
  invalid: [
    {
      name: 'a tag closed out of order, and an unclosed tag',
      document: flowOf([
        play({ SSML: '<speak><p><s>Hello</p></s></speak>' }, 'a'),
        play({ SSML: '<speak>Hello <prosody rate="slow">there</speak>' }, 'b'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/SSML' },
      ],
    },
    {
      name: 'a bare ampersand, a bare "<", an unquoted attribute',
      document: flowOf([
        play({ SSML: '<speak>Tom & Jerry</speak>' }, 'a'),
        play({ SSML: '<speak>1 < 2</speak>' }, 'b'),
        play({ SSML: '<speak><break time=2s/></speak>' }, 'c'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/SSML' },
        { actionId: 'c', pointer: '/Actions/2/Parameters/SSML' },
      ],
    },
    {
      name: 'text beside <speak>, two <speak> elements, a nested <speak>',
      document: flowOf([
        play({ SSML: 'Hello <speak>there</speak>' }, 'a'),
        play({ SSML: '<speak>one</speak><speak>two</speak>' }, 'b'),
        play({ SSML: '<speak><speak>two</speak></speak>' }, 'c'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/SSML' },
        { actionId: 'c', pointer: '/Actions/2/Parameters/SSML' },
      ],
    },
    {
      name: 'a looped message and a Lex prompt',
      document: flowOf([
        {
          Identifier: 'hold',
          Type: 'MessageParticipantIteratively',
          Parameters: {
            Messages: [{ SSML: '<speak>ok</speak>' }, { SSML: '<speak>Hold on<break></speak>' }],
          },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        {
          Identifier: 'bot',
          Type: 'ConnectParticipantWithLexBot',
          Parameters: { SSML: '<speak>What can I do &nbsp; for you?</speak>' },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        bye,
      ]),
      findings: [
        { actionId: 'hold', pointer: '/Actions/0/Parameters/Messages/1/SSML' },
        { actionId: 'bot', pointer: '/Actions/1/Parameters/SSML' },
      ],
    },
  ],
});
