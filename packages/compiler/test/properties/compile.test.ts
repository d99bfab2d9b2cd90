import { checkDocumentSchema, validate } from '@contactflow/validator';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { compile, importFlow } from '../../src/index.js';
import {
  elapsedSince,
  fuzzParameters,
  propertyTimeout,
  prototypeKeys,
  runTimeLimit,
} from '../../../validator/test/properties/fuzz-settings.js';
import { evaluateSource, removeGenerated } from '../evaluate-source.js';
import { flowDifferences } from '../flow-equivalence.js';
import { buildProgram, builderProgramArbitrary } from './builder-programs.js';

// Random programs written with the builder: whatever blocks and wiring they have, the compiler
// must not fail, must say the same every time, and must write documents the schema accepts.
const prototypeBefore = prototypeKeys();
const folder = 'property-round-trip';
afterAll(() => removeGenerated(folder));

describe('compiling random builder programs', () => {
  test(
    'never fails, ends in good time and writes the same bytes every time',
    () => {
      fc.assert(
        fc.property(builderProgramArbitrary, (program) => {
          const start = performance.now();
          const first = compile(buildProgram(program), { unresolvedReferences: 'placeholder' });
          expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
          const rebuilt = compile(buildProgram(program), { unresolvedReferences: 'placeholder' });
          expect(rebuilt.json).toBe(first.json);
          expect(rebuilt.diagnostics).toEqual(first.diagnostics);
        }),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test(
    'writes documents the document schema accepts',
    () => {
      fc.assert(
        fc.property(builderProgramArbitrary, (program) => {
          const { document } = compile(buildProgram(program), {
            unresolvedReferences: 'placeholder',
          });
          expect(checkDocumentSchema(document)).toEqual([]);
          expect(validate(document).filter((d) => d.code === 'internal-error')).toEqual([]);
        }),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test(
    'keeps identifiers such as __proto__ and constructor as keys like any other',
    () => {
      fc.assert(
        fc.property(builderProgramArbitrary, (program) => {
          const { document, diagnostics } = compile(buildProgram(program, { hostileNames: true }), {
            unresolvedReferences: 'placeholder',
          });
          const metadata = document.Metadata.ActionMetadata;
          for (const { Identifier } of document.Actions) {
            expect(Object.hasOwn(metadata, Identifier), Identifier).toBe(true);
          }
          const reserved = document.Actions.filter((a) =>
            ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].includes(a.Identifier),
          );
          for (const action of reserved) {
            expect(diagnostics.some((d) => d.actionId === action.Identifier)).toBe(true);
          }
          expect(JSON.parse(JSON.stringify(document))).toEqual(document);
        }),
        fuzzParameters(100),
      );
      expect(prototypeKeys()).toEqual(prototypeBefore);
    },
    propertyTimeout,
  );

  test(
    'compiles the imported source of a program back to the same actions',
    async () => {
      let index = 0;
      await fc.assert(
        fc.asyncProperty(builderProgramArbitrary, async (program) => {
          const { document } = compile(buildProgram(program), {
            unresolvedReferences: 'placeholder',
          });
          const imported = await importFlow(document);
          expect((await importFlow(document)).source).toBe(imported.source);
          if (imported.notes.some((note) => note.severity === 'warning')) return;
          const definition = await evaluateSource(imported.source, folder, `program-${index++}`);
          const again = compile(definition, { unresolvedReferences: 'placeholder' });
          expect(flowDifferences(document, again.document)).toEqual([]);
        }),
        fuzzParameters(30),
      );
    },
    propertyTimeout,
  );
});
