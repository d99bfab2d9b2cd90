import { parameterName, quoted } from '../values/describe-value.js';
import { isAt, parameterLeaves } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** Amazon Lex V2 gives every bot's built-in TestBotAlias this alias id. */
const testAliasArn = /:bot-alias\/[^/]+\/TSTALIASID$/u;

const askWithBot = (aliasArn: string) => ({
  Version: '2019-10-30',
  StartAction: 'ask',
  Actions: [
    {
      Identifier: 'ask',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: { Text: 'How can I help you today?', LexV2Bot: { AliasArn: aliasArn } },
      Transitions: {
        NextAction: 'bye',
        Errors: [
          { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    disconnectAction,
  ],
});

export const lexTestAlias = defineRule({
  meta: {
    id: 'lex-test-alias',
    category: 'values',
    severity: 'warning',
    description:
      "A Lex bot is called through its test alias: Amazon Lex V2's TestBotAlias (alias id TSTALIASID) or Amazon Lex Classic's $LATEST.",
    rationale:
      'TestBotAlias and $LATEST take only a small number of concurrent conversations, so under real traffic calls to the bot are throttled and contacts take the Error branch; the guide asks for another alias in production (Get customer input, L30405-30413). Publish a bot version and point an alias of your own at it.',
    examples: {
      bad: askWithBot('arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDEFGHIJ/TSTALIASID'),
      good: askWithBot('arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST'),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type !== 'ConnectParticipantWithLexBot') continue;
      for (const leaf of parameterLeaves(action)) {
        const v2 = isAt(leaf, ['LexV2Bot', 'AliasArn']) && testAliasArn.test(leaf.value);
        const classic = isAt(leaf, ['LexBot', 'Alias']) && leaf.value === '$LATEST';
        if (!v2 && !classic) continue;
        report({
          message: `${parameterName(leaf.path)} is ${quoted(leaf.value, 90)}, its ${v2 ? 'TestBotAlias' : '$LATEST'} alias, which is meant for testing and takes few concurrent calls.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint: 'Create an alias for a published bot version and use it here.',
        });
      }
    }
  },
});
