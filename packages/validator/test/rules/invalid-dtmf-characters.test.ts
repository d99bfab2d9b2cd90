import { invalidDtmfCharacters } from '../../src/rules/invalid-dtmf-characters.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const store = (dtmf: unknown, id = 'store') => ({
  Identifier: id,
  Type: 'GetParticipantInput',
  Parameters: {
    Text: 'Enter your account number.',
    InputTimeLimitSeconds: '8',
    StoreInput: 'True',
    InputValidation: { CustomValidation: { MaximumLength: '12' } },
    DTMFConfiguration: dtmf,
  },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const bot = (attributes: unknown, id = 'bot') => ({
  Identifier: id,
  Type: 'ConnectParticipantWithLexBot',
  Parameters: {
    Text: 'How can I help?',
    LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/ABC/DEF' },
    LexSessionAttributes: attributes,
  },
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(invalidDtmfCharacters, {
  valid: [
    {
      name: 'terminators without "*", and "*" with the cancel key off',
      document: flowOf([
        store({ InputTerminationSequence: '##', DisableCancelKey: 'False' }, 'a'),
        store({ InputTerminationSequence: '*#', DisableCancelKey: 'True' }, 'b'),
        store({ DisableCancelKey: 'False' }, 'c'),
        bye,
      ]),
    },
    {
      name: 'a terminator the schema refuses already',
      document: flowOf([store({ InputTerminationSequence: '*A' }), bye]),
    },
    {
      name: 'Lex DTMF keys that are one key, or from contact data',
      document: flowOf([
        bot({
          'x-amz-lex:dtmf:end-character:*:*': '#',
          'x-amz-lex:dtmf:deletion-character:BookIntent:Date': 'D',
          'x-amz-lex:dtmf:end-timeout-ms:*:*': '4000',
          'x-amz-lex:dtmf:deletion-character': '$.Attributes.deleteKey',
        }),
        bye,
      ]),
    },
    {
      name: 'garbage parameters',
      document: flowOf([
        store('*'),
        bot(['#']),
        bot({ 'x-amz-lex:dtmf:end-character:*:*': 1 }, 'x'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: '"*" in the terminator while it cancels input',
      document: flowOf([
        store({ InputTerminationSequence: '1*', DisableCancelKey: 'False' }, 'a'),
        store({ InputTerminationSequence: '*' }, 'b'),
        bye,
      ]),
      findings: [
        {
          actionId: 'a',
          pointer: '/Actions/0/Parameters/DTMFConfiguration/InputTerminationSequence',
        },
        {
          actionId: 'b',
          pointer: '/Actions/1/Parameters/DTMFConfiguration/InputTerminationSequence',
        },
      ],
    },
    {
      name: 'Lex end and deletion keys that are not one keypad key',
      document: flowOf([
        bot({
          'x-amz-lex:dtmf:end-character:*:*': '##',
          'x-amz-lex:dtmf:deletion-character:*:*': 'E',
        }),
        bye,
      ]),
      findings: [
        {
          actionId: 'bot',
          pointer: '/Actions/0/Parameters/LexSessionAttributes/x-amz-lex:dtmf:end-character:*:*',
        },
        {
          actionId: 'bot',
          pointer:
            '/Actions/0/Parameters/LexSessionAttributes/x-amz-lex:dtmf:deletion-character:*:*',
        },
      ],
    },
  ],
});
