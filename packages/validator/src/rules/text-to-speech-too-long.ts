import { parameterName } from '../values/describe-value.js';
import { isWholeJsonPath, jsonPathSpans } from '../values/embedded-paths.js';
import { promptTexts } from '../values/prompt-text.js';
import { readSsml } from '../values/ssml-markup.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** Amazon Polly's limits per request, as the guide gives them for prompts (L30630-30631, L31533-31534). */
const maxBilledCharacters = 3000;
const maxTotalCharacters = 6000;

const prompt = (text: string) => ({
  Version: '2019-10-30',
  StartAction: 'terms',
  Actions: [
    {
      Identifier: 'terms',
      Type: 'MessageParticipant',
      Parameters: { Text: text },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

const sentence = 'Calls may be recorded for quality and training purposes. ';

function characters(text: string): number {
  return [...text].length;
}

function withoutReferences(value: string): string {
  let literal = '';
  let from = 0;
  for (const span of jsonPathSpans(value)) {
    literal += value.slice(from, span.start);
    from = span.end;
  }
  return literal + value.slice(from);
}

const count = (n: number) => n.toLocaleString('en-US');

export const textToSpeechTooLong = defineRule({
  meta: {
    id: 'text-to-speech-too-long',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'A prompt has more than the 3,000 billed characters (6,000 in all, SSML tags included) that text to speech and chat messages allow.',
    rationale:
      'Amazon Polly refuses longer text, and the block takes its Error branch instead of speaking (guide L30630-30631, L31533-31534, L31554); chat messages have the same limit. Characters are counted without the references, whose values only make the text longer.',
    examples: {
      bad: prompt(sentence.repeat(60)),
      good: prompt(sentence.repeat(5)),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const { kind, leaf } of promptTexts(action)) {
        if (isWholeJsonPath(leaf.value)) continue;
        const literal = withoutReferences(leaf.value);
        const total = characters(literal);
        // SSML tags are not billed; plain text is billed in full.
        const billed = kind === 'SSML' ? characters(readSsml(literal).spoken) : total;
        if (billed <= maxBilledCharacters && total <= maxTotalCharacters) continue;
        const name = parameterName(leaf.path);
        const found =
          kind === 'SSML'
            ? `${count(billed)} characters of speech and ${count(total)} in all`
            : `${count(total)} characters`;
        report({
          message: `${name} has ${found}; text to speech takes at most ${count(maxBilledCharacters)} billed characters and ${count(maxTotalCharacters)} in all.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint: 'Split the text over several prompts, or play a recorded prompt instead.',
        });
      }
    }
  },
});
