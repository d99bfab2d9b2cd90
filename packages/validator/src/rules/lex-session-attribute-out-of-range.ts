import { pointerFrom } from '../json-pointer.js';
import { quoted } from '../values/describe-value.js';
import { containsJsonPath } from '../values/embedded-paths.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** A Lex session attribute with a documented upper bound. */
interface BoundedAttribute {
  /** The attribute name up to the intent and slot parts (`:<intent>:<slot>`). */
  readonly name: string;
  readonly what: string;
  readonly maximum: number;
  readonly unit: string;
}

/** The bounds the guide gives (L30463-30477, L30500-30511, L30612-30617). */
const boundedAttributes: readonly BoundedAttribute[] = [
  {
    name: 'x-amz-lex:audio:max-length-ms',
    what: 'the longest a caller may speak',
    maximum: 15_000,
    unit: 'milliseconds',
  },
  {
    name: 'x-amz-lex:max-speech-duration-ms',
    what: 'the longest a caller may speak (Amazon Lex Classic)',
    maximum: 15_000,
    unit: 'milliseconds',
  },
  {
    name: 'x-amz-lex:dtmf:max-length',
    what: 'the most keypad digits in one answer',
    maximum: 1024,
    unit: 'digits',
  },
];

const askWithBot = (attributes: Record<string, string>) => ({
  Version: '2019-10-30',
  StartAction: 'ask',
  Actions: [
    {
      Identifier: 'ask',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: {
        Text: 'Please tell us your address.',
        LexV2Bot: {
          AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST',
        },
        LexSessionAttributes: attributes,
      },
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

function boundOf(key: string): BoundedAttribute | undefined {
  return boundedAttributes.find(({ name }) => key === name || key.startsWith(`${name}:`));
}

export const lexSessionAttributeOutOfRange = defineRule({
  meta: {
    id: 'lex-session-attribute-out-of-range',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'A Lex session attribute sets the maximum speech duration above 15,000 milliseconds, or the maximum DTMF length above 1,024 digits.',
    rationale:
      "The guide's Get customer input page bounds the session attributes that tune Amazon Lex input: a caller may speak for at most 15,000 milliseconds, and a larger maximum speech duration sends the contact down the Error branch (L30463-30477, L30500-30511); 1,024 digits is the most one DTMF answer can hold and cannot be raised (L30612-30617). Values read from contact data are only known on the call and are not checked.",
    examples: {
      bad: askWithBot({ 'x-amz-lex:audio:max-length-ms:*:*': '20000' }),
      good: askWithBot({ 'x-amz-lex:audio:max-length-ms:*:*': '15000' }),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type !== 'ConnectParticipantWithLexBot') continue;
      const attributes = action.parameters['LexSessionAttributes'];
      if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
        continue;
      }
      for (const [key, value] of Object.entries(attributes)) {
        const bound = boundOf(key);
        // Only whole numbers are compared; other values are contact data or not a number at all.
        if (bound === undefined || typeof value !== 'string' || containsJsonPath(value)) continue;
        if (!/^\s*[0-9]+\s*$/u.test(value) || Number(value) <= bound.maximum) continue;
        report({
          message: `${key} is ${quoted(value)}, above ${bound.maximum.toLocaleString('en-US')} ${bound.unit}, ${bound.what}.`,
          pointer: pointerFrom([
            'Actions',
            action.index,
            'Parameters',
            'LexSessionAttributes',
            key,
          ]),
          actionId: action.id,
          hint: `Give at most ${bound.maximum} ${bound.unit}, or leave the attribute out to use the default.`,
        });
      }
    }
  },
});
