import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validate, validateText, type Diagnostic } from '../../src/index.js';
import {
  flowDocumentArbitrary,
  jsonArbitrary,
  mutateFlow,
  mutationsArbitrary,
  seedFlows,
} from './flow-arbitraries.js';
import {
  elapsedSince,
  fuzzParameters,
  propertyTimeout,
  prototypeKeys,
  runTimeLimit,
} from './fuzz-settings.js';

// The validator promises never to throw: every problem, its own included, is a diagnostic. These
// properties hold it to that on documents no test author would write, and check that it ends in
// good time, says the same twice, and leaves Object.prototype alone.
const seeds = seedFlows();
const flowTypes = fc.constantFrom(undefined, 'CONTACT_FLOW', 'CUSTOMER_QUEUE', 'FLOW_MODULE');
const prototypeBefore = prototypeKeys();

/** What a run must never show: the validator failing on its input. */
function internalErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'internal-error');
}

function checked(document: unknown, flowType: string | undefined): Diagnostic[] {
  const start = performance.now();
  const first = validate(document, flowType === undefined ? {} : { flowType: flowType as never });
  expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
  expect(internalErrors(first)).toEqual([]);
  const again = validate(
    structuredClone(document),
    flowType === undefined ? {} : { flowType: flowType as never },
  );
  expect(again, 'the same document gives the same diagnostics').toEqual(first);
  return first;
}

describe('validate, on documents nobody would write', () => {
  test(
    'never fails on any JSON value',
    () => {
      fc.assert(
        fc.property(jsonArbitrary, flowTypes, (value, flowType) => {
          checked(value, flowType);
        }),
        fuzzParameters(200),
      );
    },
    propertyTimeout,
  );

  test(
    'never fails on documents shaped like flows, with anything in them',
    () => {
      fc.assert(
        fc.property(flowDocumentArbitrary, flowTypes, (document, flowType) => {
          checked(document, flowType);
        }),
        fuzzParameters(200),
      );
    },
    propertyTimeout,
  );

  test(
    'never fails on real flows mutated at random',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...seeds),
          mutationsArbitrary,
          flowTypes,
          (seed, mutations, flowType) => {
            checked(mutateFlow(seed, mutations), flowType);
          },
        ),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test('leaves Object.prototype as it was', () => {
    expect(prototypeKeys()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('validateText, on any text', () => {
  const inBounds = (text: string, diagnostics: readonly Diagnostic[]) => {
    const lines = text.split('\n').length;
    for (const d of diagnostics) {
      if (d.line === undefined) continue;
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  };

  const textChecked = (text: string) => {
    const start = performance.now();
    const first = validateText(text, { fileName: 'fuzz.json' });
    expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
    expect(internalErrors(first)).toEqual([]);
    expect(validateText(text, { fileName: 'fuzz.json' })).toEqual(first);
    inBounds(text, first);
  };

  test(
    'never fails on arbitrary strings',
    () => {
      fc.assert(fc.property(fc.string({ maxLength: 200 }), textChecked), fuzzParameters(200));
    },
    propertyTimeout,
  );

  test(
    'never fails on flow documents written out and cut or spliced at random',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(flowDocumentArbitrary, fc.constantFrom(...seeds)),
          fc.boolean(),
          fc.nat(),
          fc.nat(),
          fc.string({ maxLength: 4 }),
          (document, pretty, at, length, inserted) => {
            const text = JSON.stringify(document, null, pretty ? 2 : undefined);
            const cut = at % (text.length + 1);
            textChecked(text);
            textChecked(text.slice(0, cut));
            textChecked(text.slice(0, cut) + inserted + text.slice(cut + (length % 8)));
          },
        ),
        fuzzParameters(150),
      );
    },
    propertyTimeout,
  );

  test(
    'reads a document wrapped as describe-contact-flow output like the document itself',
    () => {
      fc.assert(
        fc.property(fc.oneof(flowDocumentArbitrary, fc.constantFrom(...seeds)), (document) => {
          const direct = validateText(JSON.stringify(document), { flowType: 'CONTACT_FLOW' });
          const wrapped = validateText(
            JSON.stringify({
              ContactFlow: { Type: 'CONTACT_FLOW', Content: JSON.stringify(document) },
            }),
          );
          expect(internalErrors(wrapped)).toEqual([]);
          const codes = (list: readonly Diagnostic[]) => list.map((d) => `${d.code} ${d.pointer}`);
          // A document that is no object is read as no wrapper.
          if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
            expect(codes(wrapped).sort()).toEqual(codes(direct).sort());
          }
        }),
        fuzzParameters(100),
      );
    },
    propertyTimeout,
  );
});
