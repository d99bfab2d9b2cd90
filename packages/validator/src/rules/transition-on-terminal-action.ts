import { defineSchemaRule } from '../schema-rule.js';

const greet = {
  Identifier: 'greet',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Goodbye.' },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};
const hangUp = (transitions: object) => ({
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: transitions,
});

export const transitionOnTerminalAction = defineSchemaRule(
  {
    id: 'transition-on-terminal-action',
    category: 'structure',
    severity: 'error',
    description:
      'An action that ends the flow (Disconnect, End flow, Transfer to agent, Return from module...) has transitions.',
    rationale:
      'Nothing runs after an action that ends the flow, so the service expects its Transitions to be empty and refuses the flow otherwise. A transition there is usually a block meant to run before it.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'greet',
        Actions: [greet, hangUp({ NextAction: 'greet' })],
      },
      good: { Version: '2019-10-30', StartAction: 'greet', Actions: [greet, hangUp({})] },
    },
  },
  () => 'Remove the transitions; move what should happen next in front of this action.',
);
