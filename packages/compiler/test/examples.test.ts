import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateText } from '@contactflow/validator';
import { describe, expect, test } from 'vitest';
import { compileExamples, examplesDirectory } from '../../../scripts/example-flows.js';

const dev = await compileExamples('dev.json');
const prod = await compileExamples('prod.json');

describe.each(dev.map((example, index) => [example.source, example, prod[index]!] as const))(
  '%s',
  (_source, example, prodExample) => {
    test('compiles without errors to its golden JSON, compared as text', () => {
      expect(example.result.diagnostics).toEqual([]);
      const golden = readFileSync(resolve(examplesDirectory, 'flows', example.output), 'utf8');
      expect(example.result.json).toBe(golden);
    });

    if (example.settingsOutput !== undefined) {
      test('writes its module settings', () => {
        const golden = readFileSync(
          resolve(examplesDirectory, 'module-settings', example.settingsOutput!),
          'utf8',
        );
        expect(example.result.settings).toBe(golden);
      });
    }

    test('places every action apart, right of the entry point', () => {
      const { Metadata, Actions } = example.result.document;
      const positions = Actions.map((a) => Metadata.ActionMetadata[a.Identifier]!.position);
      for (const [i, a] of positions.entries()) {
        expect(a.x).toBeGreaterThan(Metadata.entryPointPosition.x);
        // Blocks are 240 wide and at least 90 high in the layout.
        for (const b of positions.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) >= 240 || Math.abs(a.y - b.y) >= 90;
          expect(apart, `${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
        }
      }
    });

    test('knows the .flow.ts line that created each action', () => {
      for (const origin of example.result.origins.values()) {
        expect(origin.location?.file).toBe(resolve(examplesDirectory, example.source));
        expect(origin.location?.line).toBeGreaterThan(0);
      }
    });

    test('passes the validator with no errors', () => {
      const problems = validateText(example.result.json, { fileName: example.output }).filter(
        (d) => d.severity === 'error',
      );
      expect(problems.map((d) => `${d.code} ${d.pointer}: ${d.message}`)).toEqual([]);
    });

    test('compiles for production with the same identifiers and layout, other ARNs', () => {
      expect(prodExample.result.diagnostics).toEqual([]);
      const withoutArns = (json: string) => json.replace(/"arn:[^"]*"/g, '"<arn>"');
      expect(withoutArns(prodExample.result.json)).toBe(withoutArns(example.result.json));
      if (example.result.json.includes('"arn:')) {
        expect(prodExample.result.json).not.toBe(example.result.json);
      }
    });
  },
);
