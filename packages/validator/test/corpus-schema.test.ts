import { describe, expect, it } from 'vitest';
import { validateText } from '../src/index.js';
import { corpusAvailable, corpusEntries, corpusText } from './corpus.js';
import { expectedCorpusFailures } from './expected-corpus-failures.js';

/**
 * Every real flow of the shared corpus against the validator. Flows that must fail are listed, file
 * by file, with the reason and the error codes they produce; every other flow must have no error.
 */
describe.skipIf(!corpusAvailable)('real flows against the validator', () => {
  const entries = corpusEntries();

  it('covers the whole corpus', () => {
    expect(entries.length).toBeGreaterThanOrEqual(135);
    const files = new Set(entries.map((entry) => entry.file));
    expect(Object.keys(expectedCorpusFailures).filter((file) => !files.has(file))).toEqual([]);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))('%s', (file, entry) => {
    const diagnostics = validateText(corpusText(entry), { fileName: file }).filter(
      (d) => d.severity === 'error',
    );
    const expected = expectedCorpusFailures[file];
    if (!expected) {
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
      return;
    }
    const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
    expect(codes, expected.reason).toEqual([...expected.codes].sort());
    for (const type of expected.unknownTypes ?? []) {
      expect(
        diagnostics.some(
          (d) => d.code === 'unknown-action-type' && d.message.includes(`"${type}"`),
        ),
      ).toBe(true);
    }
  });
});
