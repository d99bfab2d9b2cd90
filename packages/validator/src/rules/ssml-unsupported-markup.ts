import { parameterName } from '../values/describe-value.js';
import { isWholeJsonPath } from '../values/embedded-paths.js';
import { promptTexts } from '../values/prompt-text.js';
import { readSsml, type SsmlElement } from '../values/ssml-markup.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** The SSML tags Amazon Connect honours (guide L34896-34936); it drops the others unread. */
const supportedTags: ReadonlySet<string> = new Set([
  'speak',
  'break',
  'lang',
  'mark',
  'p',
  'phoneme',
  'prosody',
  's',
  'say-as',
  'sub',
  'w',
  'amazon:effect',
]);

/** The longest pause a `<break>` can make, in milliseconds (guide L34904-34905). */
const longestBreakMs = 10_000;

const greeting = (ssml: string) => ({
  Version: '2019-10-30',
  StartAction: 'welcome',
  Actions: [
    {
      Identifier: 'welcome',
      Type: 'MessageParticipant',
      Parameters: { SSML: ssml },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

/** A `<break time>` in milliseconds, or `undefined` when it is not a duration Polly reads. */
function breakMilliseconds(time: string): number | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(ms|s)\s*$/u.exec(time);
  if (match === null) return undefined;
  const amount = Number(match[1]);
  return match[2] === 's' ? amount * 1000 : amount;
}

/** What is wrong with one element, or `undefined`. */
function problemOf(element: SsmlElement): string | undefined {
  const { name, attributes } = element;
  if (!supportedTags.has(name)) {
    return `<${name}> is not a tag Amazon Connect supports; it is dropped and its text spoken plainly`;
  }
  if (name === 'amazon:effect' && attributes['name'] !== 'whispered') {
    const effect = attributes['name'] === undefined ? 'no name' : `name="${attributes['name']}"`;
    return `<amazon:effect> with ${effect} is not supported; only name="whispered" is`;
  }
  const time = name === 'break' ? attributes['time'] : undefined;
  const pause = time === undefined ? undefined : breakMilliseconds(time);
  if (pause !== undefined && pause > longestBreakMs) {
    return `<break time="${time}"> is longer than the 10-second pause a break can make`;
  }
  return undefined;
}

export const ssmlUnsupportedMarkup = defineRule({
  meta: {
    id: 'ssml-unsupported-markup',
    category: 'values',
    severity: 'warning',
    checksValueFormat: true,
    description:
      'An SSML prompt uses a tag Amazon Connect does not support, an <amazon:effect> other than whispering, or a <break> longer than 10 seconds.',
    rationale:
      'Amazon Connect honours only speak, break, lang, mark, p, phoneme, prosody, s, say-as, sub, w and amazon:effect name="whispered", and silently ignores any other tag, so the emphasis or style it was meant to give is lost; a <break> pauses for 10 seconds at most (guide "Supported SSML tags", L34896-34936). The prompt still plays, which is why this is a warning.',
    examples: {
      bad: greeting(
        '<speak>Thanks for calling. <emphasis level="strong">Listen carefully.</emphasis></speak>',
      ),
      good: greeting(
        '<speak>Thanks for calling. <prosody volume="loud">Listen carefully.</prosody></speak>',
      ),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const { kind, leaf } of promptTexts(action)) {
        if (kind !== 'SSML' || isWholeJsonPath(leaf.value)) continue;
        // Malformed SSML is reported by ssml-malformed; its elements are not read.
        const reported = new Set<string>();
        for (const element of readSsml(leaf.value).elements) {
          const problem = problemOf(element);
          if (problem === undefined || reported.has(problem)) continue;
          reported.add(problem);
          report({
            message: `${parameterName(leaf.path)}: ${problem}.`,
            pointer: leaf.pointer,
            actionId: action.id,
            hint: 'Keep to the supported tags (prosody sets volume, rate and pitch) and to pauses of 10 seconds or less.',
          });
        }
      }
    }
  },
});
