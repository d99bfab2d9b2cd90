import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import {
  buildDiagram,
  compile,
  diffFlows,
  formatFlowDiff,
  ImportError,
  importFlow,
  renderDiagram,
} from '../../src/index.js';
import {
  flowDocumentArbitrary,
  jsonArbitrary,
  mutateFlow,
  mutationsArbitrary,
  seedFlows,
} from '../../../validator/test/properties/flow-arbitraries.js';
import {
  elapsedSince,
  fuzzParameters,
  propertyTimeout,
  prototypeKeys,
  runTimeLimit,
} from '../../../validator/test/properties/fuzz-settings.js';
import { evaluateSource, removeGenerated } from '../evaluate-source.js';
import { flowDifferences } from '../flow-equivalence.js';
import { roundTripOptions } from '../template-style.js';
import { buildProgram, builderProgramArbitrary } from './builder-programs.js';

// The importer, the diff and the diagrams read documents from anywhere. On any input they must
// end in good time, say the same twice, and fail only as documented: the importer with an
// ImportError, the others not at all.
const prototypeBefore = prototypeKeys();
const folder = 'property-import';
afterAll(() => removeGenerated(folder));

const seeds = seedFlows();

/** Real flows, random flow-shaped documents, and compiled builder programs, each mutated. */
const documentArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  flowDocumentArbitrary,
  fc
    .tuple(fc.constantFrom(...seeds), mutationsArbitrary)
    .map(([seed, mutations]) => mutateFlow(seed, mutations)),
  fc
    .tuple(builderProgramArbitrary, mutationsArbitrary)
    .map(([program, mutations]) =>
      mutateFlow(
        compile(buildProgram(program), { unresolvedReferences: 'placeholder' }).document,
        mutations,
      ),
    ),
);

/** Imports, and returns the result or the ImportError; anything else thrown fails the property. */
async function imported(document: unknown) {
  try {
    return await importFlow(document);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
}

describe('importing documents nobody would write', () => {
  test(
    'fails only with an ImportError, in good time, and writes the same source twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(jsonArbitrary, documentArbitrary), async (document) => {
          const start = performance.now();
          const first = await imported(document);
          expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
          const again = await imported(structuredClone(document));
          if (first instanceof ImportError) expect(again).toEqual(first);
          else expect(again instanceof ImportError ? again : again.source).toBe(first.source);
        }),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test(
    'writes source that compiles back to the same actions whenever it warns of nothing',
    async () => {
      let index = 0;
      await fc.assert(
        fc.asyncProperty(documentArbitrary, async (document) => {
          const result = await imported(document);
          if (result instanceof ImportError) return;
          if (result.notes.some((note) => note.severity === 'warning')) return;
          const definition = await evaluateSource(result.source, folder, `mutated-${index++}`);
          const compiled = compile(definition, roundTripOptions(result));
          expect(flowDifferences(document, compiled.document)).toEqual([]);
        }),
        fuzzParameters(40),
      );
    },
    propertyTimeout,
  );

  test('leaves Object.prototype as it was', () => {
    expect(prototypeKeys()).toEqual(prototypeBefore);
  });
});

describe('diffs and diagrams of documents nobody would write', () => {
  test(
    'diffFlows never fails, finds a document equal to its copy, and says the same twice',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(jsonArbitrary, documentArbitrary),
          documentArbitrary,
          (before, after) => {
            const start = performance.now();
            const diff = diffFlows(before, after);
            expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
            expect(diffFlows(structuredClone(before), structuredClone(after))).toEqual(diff);
            expect(typeof formatFlowDiff(diff)).toBe('string');
            expect(diffFlows(before, structuredClone(before)).equal).toBe(true);
          },
        ),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test(
    'every diagram format is drawn without failing, the same every time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(jsonArbitrary, documentArbitrary),
          fc.constantFrom('mermaid', 'dot', 'svg', 'html' as const),
          async (document, format) => {
            const start = performance.now();
            buildDiagram(document);
            const drawn = await renderDiagram(document, format);
            expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
            expect(await renderDiagram(structuredClone(document), format)).toBe(drawn);
          },
        ),
        fuzzParameters(100),
      );
    },
    propertyTimeout,
  );
});
