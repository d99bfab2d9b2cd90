import { afterAll, describe, expect, test } from 'vitest';
import { compile, importFlow } from '../src/index.js';
import { corpusAvailable, corpusDocument, corpusEntries } from './corpus.js';
import { environmentOf } from './corpus-environment.js';
import { evaluateSource, generatedFile, removeGenerated } from './evaluate-source.js';
import { flowDifferences } from './flow-equivalence.js';
import { roundTripOptions } from './template-style.js';
import { typeCheckSources } from './type-check-sources.js';

// Every corpus flow is imported, the source is loaded as a module and compiled, and the result must
// have the same actions as the flow: identifiers, types, parameters and transitions. That includes
// what a builder flow would not say on its own: actions no branch leads to (kept with `detached`),
// conditions no `.when(...)` writes (`.whenVerbatim(...)`) and branches to identifiers no action
// has (`missingAction(...)`).
const folder = 'round-trip';
const entries = corpusEntries();
const written: string[] = [];

afterAll(() => removeGenerated(folder));

// The corpus holds documents unwrapped already; this keeps the comparison right should a wrapper
// come in.
function unwrapped(document: unknown): unknown {
  const value = document as Record<string, unknown>;
  const holder = (value['ContactFlow'] ?? value['ContactFlowModule'] ?? value) as Record<
    string,
    unknown
  >;
  const content = holder['Actions'] === undefined ? holder['Content'] : undefined;
  return typeof content === 'string' ? (JSON.parse(content) as unknown) : (content ?? document);
}

describe.skipIf(!corpusAvailable)('importing the corpus', () => {
  test.each(entries.map((entry, index) => [entry.file, entry, index] as const))(
    '%s compiles back to its actions',
    async (_file, entry, index) => {
      const document = corpusDocument(entry);
      const imported = await importFlow(document);
      const again = await importFlow(document);
      expect(again.source, 'the same input gives the same source').toBe(imported.source);

      const name = `flow-${index}`;
      const definition = await evaluateSource(imported.source, folder, name);
      written.push(generatedFile(folder, name));
      // A template compiles back in its own placeholder style.
      const compiled = compile(definition, roundTripOptions(imported));
      expect(flowDifferences(unwrapped(document), compiled.document)).toEqual([]);
    },
  );

  // The same with an environment naming the flow's ARNs, so that references are imported too.
  const reference =
    /\b(queue|prompt|lambdaFunction|flowRef|lexBot|hoursOfOperation|moduleRef|agent|phoneNumber)\('/;
  let referenced = 0;
  const withArns = entries.flatMap((entry, index) => {
    const environment = environmentOf(corpusDocument(entry));
    return Object.keys(environment).length === 0
      ? []
      : [[entry.file, entry, index, environment] as const];
  });

  test.each(withArns)(
    '%s compiles back to its actions with its ARNs named in an environment',
    async (_file, entry, index, environment) => {
      const document = corpusDocument(entry);
      // Template placeholders stay text here: the environment resolves every reference.
      const imported = await importFlow(document, { environment, placeholders: [] });
      if (reference.test(imported.source)) referenced++;
      const name = `flow-${index}-environment`;
      const definition = await evaluateSource(imported.source, folder, name);
      written.push(generatedFile(folder, name));
      const compiled = compile(definition, { environment });
      expect(compiled.diagnostics.filter((d) => d.code === 'unresolved-reference')).toEqual([]);
      expect(flowDifferences(unwrapped(document), compiled.document)).toEqual([]);
    },
  );

  test('writes references for the ARNs an environment names', () => {
    // Some flows hold ARNs only as attribute values, which stay text.
    expect(referenced).toBeGreaterThan(withArns.length / 2);
  });

  test('every imported source type-checks', () => {
    expect(written.length).toBe(entries.length + withArns.length);
    expect(typeCheckSources(written)).toEqual([]);
  }, 120_000);
});
