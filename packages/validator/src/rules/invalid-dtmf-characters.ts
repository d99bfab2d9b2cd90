import { pointerFrom } from '../json-pointer.js';
import { quoted } from '../values/describe-value.js';
import { containsJsonPath } from '../values/embedded-paths.js';
import { leavesAt, parameterLeaves, schemaRejects } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** Session attributes that give Amazon Lex one key to end or clear DTMF input (guide L30584-30600). */
const lexKeyAttributes = ['x-amz-lex:dtmf:end-character', 'x-amz-lex:dtmf:deletion-character'];
/** One key of a DTMF keypad, the four extended keys A-D included (Amazon Lex DTMFSpecification). */
const lexDtmfKey = /^[0-9A-D*#]$/u;

const storeDigits = (dtmf: Record<string, string>) => ({
  Version: '2019-10-30',
  StartAction: 'account',
  Actions: [
    {
      Identifier: 'account',
      Type: 'GetParticipantInput',
      Parameters: {
        Text: 'Enter your account number, then press star.',
        InputTimeLimitSeconds: '8',
        StoreInput: 'True',
        InputValidation: { CustomValidation: { MaximumLength: '12' } },
        DTMFConfiguration: dtmf,
      },
      Transitions: {
        NextAction: 'bye',
        Errors: [
          { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    disconnectAction,
  ],
});

export const invalidDtmfCharacters = defineRule({
  meta: {
    id: 'invalid-dtmf-characters',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'A DTMF key setting uses a key the service cannot use there: "*" in a terminating sequence while "*" still cancels input, or an Amazon Lex end or deletion key that is not one keypad key.',
    rationale:
      'While the cancel key is on, pressing "*" clears what the caller typed instead of ending input, so a terminator with "*" cannot be entered (guide L33233-33238). Amazon Lex takes exactly one key (0-9, A-D, * or #) as its end and deletion character. The characters of terminating sequences and of digits sent to a third party are checked by the schema.',
    examples: {
      bad: storeDigits({ InputTerminationSequence: '*', DisableCancelKey: 'False' }),
      good: storeDigits({ InputTerminationSequence: '*', DisableCancelKey: 'True' }),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type === 'GetParticipantInput') {
        const leaves = parameterLeaves(action);
        const cancelKeyOff =
          leavesAt(leaves, ['DTMFConfiguration', 'DisableCancelKey'])[0]?.value === 'True';
        for (const leaf of leavesAt(leaves, ['DTMFConfiguration', 'InputTerminationSequence'])) {
          if (cancelKeyOff || !leaf.value.includes('*') || schemaRejects(leaf)) continue;
          report({
            message: `InputTerminationSequence is ${quoted(leaf.value)}, which holds "*" while "*" still cancels the input (DisableCancelKey is not "True").`,
            pointer: leaf.pointer,
            actionId: action.id,
            hint: 'Set DTMFConfiguration.DisableCancelKey to "True", or end input with # and digits only.',
          });
        }
      }
      if (action.type === 'ConnectParticipantWithLexBot') {
        const attributes = action.parameters['LexSessionAttributes'];
        if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
          continue;
        }
        for (const [key, value] of Object.entries(attributes)) {
          if (!lexKeyAttributes.some((name) => key === name || key.startsWith(`${name}:`))) {
            continue;
          }
          // A value from contact data is only known at run time.
          if (typeof value !== 'string' || containsJsonPath(value) || lexDtmfKey.test(value)) {
            continue;
          }
          report({
            message: `${key} is ${quoted(value)}, but Amazon Lex takes one key here: 0-9, A-D, * or #.`,
            pointer: pointerFrom([
              'Actions',
              action.index,
              'Parameters',
              'LexSessionAttributes',
              key,
            ]),
            actionId: action.id,
            hint: 'Give a single key, such as # to end input or * to clear it.',
          });
        }
      }
    }
  },
});
