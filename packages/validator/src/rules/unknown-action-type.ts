import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const welcome = (type: string) => ({
  Identifier: 'welcome',
  Type: type,
  Parameters: { Text: 'Welcome.' },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

export const unknownActionType = defineSchemaRule(
  {
    id: 'unknown-action-type',
    category: 'structure',
    severity: 'error',
    description: 'An action has a Type that the Flow language does not have.',
    rationale:
      'Action types are the names of the Flow language, not the block titles of the designer ("Play prompt" is MessageParticipant), and they are case-sensitive. An unknown type is refused on publishing. Its parameters and transitions are not checked further, since nothing is known of them.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'welcome',
        Actions: [welcome('PlayPrompt'), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'welcome',
        Actions: [welcome('MessageParticipant'), disconnectAction],
      },
    },
  },
  () => 'Use a type from the catalog (docs/catalog.md); action types are case-sensitive.',
);
