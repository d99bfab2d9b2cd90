import { afterAll, describe, expect, test } from 'vitest';
import { compile, ImportError, importFlow } from '../src/index.js';
import { corpusAvailable, corpusDocument, corpusEntries } from './corpus.js';
import { evaluateSource, removeGenerated } from './evaluate-source.js';
import { flowDifferences } from './flow-equivalence.js';
import { roundTripOptions } from './template-style.js';

// Corpus flows with parameter values swapped for awkward ones (wrong types, empty text, broken
// JSONPaths, characters that need escaping, `__proto__` keys): the importer must never fail on
// them, and whenever it warns of nothing, the source must compile back to the document.
const folder = 'mutations';
afterAll(() => removeGenerated(folder));

const awkward: readonly unknown[] = [
  null,
  1,
  true,
  [],
  {},
  '',
  '$.',
  '$.Attributes',
  'Hi $.Attributes.name, $.External.x.y',
  'a`b${c}\\d\r\n\u2028',
  ['a', 1],
  { a: null },
  '__proto__',
  'True',
  '-1',
  '5.5',
  "$.Attributes['a b']",
  "$.Attributes['it\\'s']",
];

/** A fixed pseudo-random sequence, so that every run mutates the same way. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function mutate(value: unknown, random: () => number): unknown {
  if (random() < 0.12) return awkward[Math.floor(random() * awkward.length)];
  if (Array.isArray(value)) return value.map((item) => mutate(item, random));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        random() < 0.03 ? '__proto__' : key,
        mutate(item, random),
      ]),
    );
  }
  return value;
}

describe.skipIf(!corpusAvailable)('importing mutated corpus flows', () => {
  const random = randomSequence(7);
  const cases = corpusEntries().map((entry, index) => {
    const document = corpusDocument(entry) as { Actions: { Parameters?: unknown }[] };
    document.Actions = document.Actions.map((action) => ({
      ...action,
      Parameters: mutate(action.Parameters, random),
    }));
    return [entry.file, document, index] as const;
  });

  test.each(cases)('%s', async (_file, document, index) => {
    let imported;
    try {
      imported = await importFlow(document);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return;
    }
    const definition = await evaluateSource(imported.source, folder, `mutation-${index}`);
    if (imported.notes.some((note) => note.severity === 'warning')) return;
    const compiled = compile(definition, roundTripOptions(imported));
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });
});
