import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateDocumentSchema } from '../src/generated/document-validator.js';
import { rules } from '../src/rules/index.js';
import { compileDocumentValidator } from '../tools/render-document-validator.js';
import { corpusEntries, corpusText } from './corpus.js';

const root = resolve(import.meta.dirname, '../../..');

const examples = readdirSync(resolve(root, 'examples/flows'))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) => JSON.parse(readFileSync(resolve(root, 'examples/flows', name), 'utf8')) as unknown,
  );
const raw = corpusEntries()
  .filter((entry) => entry.kind === 'raw')
  .map((entry) => JSON.parse(corpusText(entry)) as unknown);

// Values a mutation puts in place of another: wrong types, empty and long text, and strings whose
// length in code points differs from their length in UTF-16 units (lone surrogates included).
const replacements: readonly unknown[] = [
  null,
  7,
  true,
  [],
  {},
  '',
  'True',
  '99999',
  '$.External.x',
  'x'.repeat(300),
  '\u{1F600}'.repeat(50),
  '\u{1F600}'.repeat(51),
  `\uD83D${'x'.repeat(49)}`,
  '\uDE00\uD83D'.repeat(26),
];

/** A deterministic variation of a document: some values replaced, some keys dropped or added. */
function mutated(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => (next() < 0.3 ? mutated(item, next) : item));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const roll = next();
      if (roll < 0.05) continue;
      copy[key] =
        roll < 0.12
          ? replacements[Math.floor(next() * replacements.length)]
          : roll < 0.5
            ? mutated(item, next)
            : item;
    }
    if (next() < 0.05) copy['Unexpected'] = 'x';
    return copy;
  }
  return typeof value === 'string' && next() < 0.3
    ? replacements[Math.floor(next() * replacements.length)]
    : value;
}

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('the precompiled document validator', () => {
  const compiled = compileDocumentValidator();
  const originals = [
    ...examples,
    ...raw,
    ...rules.flatMap((rule) => [rule.meta.examples.bad, rule.meta.examples.good]),
  ];
  const next = generator(1);
  const documents = [
    ...originals,
    ...[1, 2, 3].flatMap(() => originals.map((document) => mutated(document, next))),
  ];

  test('finds exactly what Ajv finds compiling the schema in the process', () => {
    let errors = 0;
    for (const document of documents) {
      const expected = compiled(document);
      const expectedErrors = structuredClone(compiled.errors ?? null);
      expect(validateDocumentSchema(document)).toBe(expected);
      expect(validateDocumentSchema.errors ?? null).toEqual(expectedErrors);
      errors += expectedErrors?.length ?? 0;
    }
    expect(errors, 'the documents break the schema in some places').toBeGreaterThan(100);
  });
});
