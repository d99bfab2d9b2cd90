import { lexTestAlias } from '../../src/rules/lex-test-alias.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const lex = (bot: unknown, id = 'lex') => ({
  Identifier: id,
  Type: 'ConnectParticipantWithLexBot',
  Parameters: { Text: 'How can I help?', ...(bot as object) },
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

testRule(lexTestAlias, {
  valid: [
    {
      name: 'a production alias of each bot version',
      document: flowOf([
        lex(
          {
            LexV2Bot: {
              AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST',
            },
          },
          'v2',
        ),
        lex({ LexBot: { Name: 'Routing', Region: 'us-east-1', Alias: 'prod' } }, 'classic'),
        bye,
      ]),
    },
    {
      name: 'an alias from contact data, and TSTALIASID where it is not the alias id',
      document: flowOf([
        lex({ LexV2Bot: { AliasArn: '$.Attributes.botAliasArn' } }, 'a'),
        lex(
          {
            LexV2Bot: {
              AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/TSTALIASID/KLMNOPQRST',
            },
          },
          'b',
        ),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'the Lex V2 TestBotAlias and the Lex Classic $LATEST',
      document: flowOf([
        lex(
          {
            LexV2Bot: {
              AliasArn: 'arn:aws:lex:eu-west-2:111122223333:bot-alias/ABCDEFGHIJ/TSTALIASID',
            },
          },
          'v2',
        ),
        lex({ LexBot: { Name: 'Routing', Region: 'us-east-1', Alias: '$LATEST' } }, 'classic'),
        bye,
      ]),
      findings: [
        { actionId: 'v2', pointer: '/Actions/0/Parameters/LexV2Bot/AliasArn' },
        { actionId: 'classic', pointer: '/Actions/1/Parameters/LexBot/Alias' },
      ],
    },
  ],
});
