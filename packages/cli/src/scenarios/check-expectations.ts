import type { SimulationResult } from '@contactflow/simulator';
import type { ExpectationData, PromptExpectationData } from '../generated/scenario-file.js';

/** An expectation the run did not meet: what was checked, what was expected, what happened. */
export interface ExpectationFailure {
  /** `outcome`, `prompt 3`, `attribute "receipt"`. */
  readonly what: string;
  readonly expected: string;
  readonly actual: string;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function promptMatches(expected: PromptExpectationData, actual: string): boolean {
  return typeof expected === 'string' ? expected === actual : actual.includes(expected.contains);
}

function describePrompt(expected: PromptExpectationData): string {
  return typeof expected === 'string'
    ? quote(expected)
    : `a prompt containing ${quote(expected.contains)}`;
}

function ordinalCount(count: number): string {
  return `${count} prompt${count === 1 ? '' : 's'} played`;
}

// Only the first difference: the prompts after it are usually shifted, and say nothing new.
function checkPrompts(
  expected: readonly PromptExpectationData[],
  run: SimulationResult,
): ExpectationFailure[] {
  const actual = run.prompts.map((prompt) => prompt.text);
  for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
    const want = expected[index];
    const got = actual[index];
    if (want !== undefined && got !== undefined && promptMatches(want, got)) continue;
    return [
      {
        what: `prompt ${index + 1}`,
        expected:
          want === undefined
            ? `no more prompts (${expected.length} expected)`
            : describePrompt(want),
        actual: got === undefined ? `none (${ordinalCount(actual.length)})` : quote(got),
      },
    ];
  }
  return [];
}

/**
 * Compares a run with a case's expectations: the outcome's fields given (a partial match), the
 * prompts in order (each the exact text or `{ contains }`, and no more than listed), and the
 * attributes given (others may be set too). The prompts report their first difference only.
 *
 * @example
 * ```ts
 * import { disconnect, flow, playPrompt } from '@contactflow/dsl';
 * import { simulate } from '@contactflow/simulator';
 * import { checkExpectations } from './check-expectations.js';
 * const bye = disconnect();
 * const run = simulate(flow('Hi', { start: playPrompt({ text: 'Hello.' }).then(bye).onError(bye) }));
 * checkExpectations({ outcome: { kind: 'queue' }, prompts: ['Hello.'] }, run);
 * // [{ what: 'outcome', expected: '{"kind":"queue"}', actual: '{"kind":"disconnected"}' }]
 * ```
 */
export function checkExpectations(
  expected: ExpectationData | undefined,
  run: SimulationResult,
): ExpectationFailure[] {
  if (expected === undefined) return [];
  const failures: ExpectationFailure[] = [];
  if (expected.outcome !== undefined) {
    const outcome = run.outcome as Readonly<Record<string, unknown>>;
    const differs = Object.entries(expected.outcome).some(
      ([key, value]) => value !== undefined && outcome[key] !== value,
    );
    if (differs) {
      failures.push({
        what: 'outcome',
        expected: JSON.stringify(expected.outcome),
        actual: JSON.stringify(run.outcome),
      });
    }
  }
  if (expected.prompts !== undefined) failures.push(...checkPrompts(expected.prompts, run));
  for (const [name, value] of Object.entries(expected.attributes ?? {})) {
    if (value === undefined) continue;
    const actual = run.attributes[name];
    if (actual === value) continue;
    failures.push({
      what: `attribute ${quote(name)}`,
      expected: quote(value),
      actual: actual === undefined ? 'none' : quote(actual),
    });
  }
  return failures;
}
