import { lexSessionAttributeOutOfRange } from '../../src/rules/lex-session-attribute-out-of-range.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const lex = (attributes: unknown, id = 'lex') => ({
  Identifier: id,
  Type: 'ConnectParticipantWithLexBot',
  Parameters: {
    Text: 'How can I help?',
    LexV2Bot: { AliasArn: '$.Attributes.botAlias' },
    LexSessionAttributes: attributes,
  },
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

testRule(lexSessionAttributeOutOfRange, {
  valid: [
    {
      name: 'values at the limits, for any intent and slot',
      document: flowOf([
        lex({
          'x-amz-lex:audio:max-length-ms:*:*': '15000',
          'x-amz-lex:max-speech-duration-ms:PasswordReset:*': '2000',
          'x-amz-lex:dtmf:max-length:*:*': '1024',
        }),
        bye,
      ]),
    },
    {
      name: 'values from contact data, values that are not numbers, and other attributes',
      document: flowOf([
        lex({
          'x-amz-lex:audio:max-length-ms:*:*': '$.Attributes.speechMs',
          'x-amz-lex:dtmf:max-length:*:*': 'many',
          'x-amz-lex:audio:start-timeout-ms:*:*': '60000',
          'x-amz-lex:audio:max-length-ms-extra': '99999',
        }),
        bye,
      ]),
    },
    {
      name: 'session attributes of another shape',
      document: flowOf([lex(['x-amz-lex:audio:max-length-ms:*:*']), bye]),
    },
  ],
  invalid: [
    {
      name: 'a speech duration above 15,000 milliseconds, for Lex V2 and Classic',
      document: flowOf([
        lex({
          'x-amz-lex:audio:max-length-ms:*:*': '20000',
          'x-amz-lex:max-speech-duration-ms': '15001',
        }),
        bye,
      ]),
      findings: [
        {
          actionId: 'lex',
          pointer: '/Actions/0/Parameters/LexSessionAttributes/x-amz-lex:audio:max-length-ms:*:*',
        },
        {
          actionId: 'lex',
          pointer: '/Actions/0/Parameters/LexSessionAttributes/x-amz-lex:max-speech-duration-ms',
        },
      ],
    },
    {
      name: 'more DTMF digits than Amazon Lex takes',
      document: flowOf([lex({ 'x-amz-lex:dtmf:max-length:Account:Number': '2048' }), bye]),
      findings: [
        {
          actionId: 'lex',
          pointer:
            '/Actions/0/Parameters/LexSessionAttributes/x-amz-lex:dtmf:max-length:Account:Number',
        },
      ],
    },
  ],
});
