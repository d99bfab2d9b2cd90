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
