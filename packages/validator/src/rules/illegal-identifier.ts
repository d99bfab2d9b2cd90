import { forbiddenIdentifierCharacters, maxIdentifierLength } from '@contactflow/dsl/catalog';
import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const greet = (id: string) => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello.' },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

export const illegalIdentifier = defineSchemaRule(
  {
    id: 'illegal-identifier',
    category: 'structure',
    severity: 'error',
    description: `An action identifier is empty, longer than ${maxIdentifierLength} characters, contains one of ${forbiddenIdentifierCharacters.split('').join(' ')}, or is a reserved word.`,
    rationale:
      'Identifiers are how transitions name actions. The service refuses identifiers that are too long, that contain characters used by its own expressions, or that clash with names every JavaScript object has (such as constructor or __proto__).',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'greet:1',
        Actions: [greet('greet:1'), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'greet-1',
        Actions: [greet('greet-1'), disconnectAction],
      },
    },
  },
  () =>
    `Use at most ${maxIdentifierLength} characters, none of ${forbiddenIdentifierCharacters.split('').join(' ')}, and change the transitions that name it too.`,
);
