import { ssmlUnsupportedMarkup } from '../../src/rules/ssml-unsupported-markup.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const play = (parameters: unknown, id = 'play') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

const hold = (messages: unknown[]) => ({
  Identifier: 'hold',
  Type: 'MessageParticipantIteratively',
  Parameters: { Messages: messages },
  Transitions: {},
});

testRule(ssmlUnsupportedMarkup, {
  valid: [
    {
      name: 'every supported tag, a whisper and a 10-second break',
      document: flowOf([
        play({
          SSML:
            '<speak><p><s>Hi <break time="10s"/><break time="10000ms"/><break strength="x-strong"/>' +
            '<lang xml:lang="fr-FR">bonjour</lang><mark name="m"/><phoneme ph="t">t</phoneme>' +
            '<prosody rate="slow">slow</prosody><say-as interpret-as="digits">12</say-as>' +
            '<sub alias="Amazon">AMZN</sub><w role="amazon:VB">read</w>' +
            '<amazon:effect name="whispered">psst</amazon:effect></s></p></speak>',
        }),
        bye,
      ]),
    },
    {
      name: 'SSML from an attribute, malformed SSML and plain text',
      document: flowOf([
        play({ SSML: '$.Attributes.greeting' }, 'a'),
        play({ SSML: '<speak><emphasis>Hi</speak>' }, 'b'),
        play({ Text: 'Say <emphasis>hi</emphasis>' }, 'c'),
        bye,
      ]),
    },
    {
      name: 'a break time that is not a duration (left to Amazon Polly)',
      document: flowOf([play({ SSML: '<speak>Hi <break time="long"/></speak>' }), bye]),
    },
  ],
  invalid: [
    {
      name: 'an unsupported tag, reported once however often it is used',
      document: flowOf([
        play({ SSML: '<speak><emphasis>one</emphasis> and <emphasis>two</emphasis></speak>' }),
        bye,
      ]),
      findings: [{ actionId: 'play', pointer: '/Actions/0/Parameters/SSML' }],
    },
    {
      name: 'a long break and another effect, in looped prompts',
      document: flowOf([
        hold([
          { SSML: '<speak>Please hold. <break time="30s"/></speak>' },
          { SSML: '<speak><amazon:effect name="drc">Still there?</amazon:effect></speak>' },
        ]),
        bye,
      ]),
      findings: [
        { actionId: 'hold', pointer: '/Actions/0/Parameters/Messages/0/SSML' },
        { actionId: 'hold', pointer: '/Actions/0/Parameters/Messages/1/SSML' },
      ],
    },
    {
      name: 'several problems in one prompt, each reported',
      document: flowOf([
        play({
          SSML: '<speak><amazon:domain name="news">Today</amazon:domain><break time="11.5s"/></speak>',
        }),
        bye,
      ]),
      findings: [
        { actionId: 'play', pointer: '/Actions/0/Parameters/SSML' },
        { actionId: 'play', pointer: '/Actions/0/Parameters/SSML' },
      ],
    },
  ],
});
