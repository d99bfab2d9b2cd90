import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../src/rules/index.js';
import { runRules } from '../src/run-rules.js';
import { validate } from '../src/validate.js';

const here = import.meta.dirname;
const ruleFiles = readdirSync(resolve(here, '../src/rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
  .map((name) => name.replace(/\.ts$/, ''));

test('every rule file is in the rule list, and nothing else is', () => {
  expect(rules.map((rule) => rule.meta.id).sort()).toEqual(ruleFiles.sort());
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  test('is named as its file, in kebab-case', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(ruleFiles).toContain(id);
  });

  test('has a table test and a docs page', () => {
    expect(existsSync(resolve(here, `rules/${id}.test.ts`))).toBe(true);
    expect(existsSync(resolve(here, `../../../docs/rules/${id}.md`))).toBe(true);
  });

  test('finds its defect in its bad example and nothing in its good one', () => {
    const { bad, good, options } = rule.meta.examples;
    expect(runRules(bad, [rule], options).filter((d) => d.code === id).length).toBeGreaterThan(0);
    expect(runRules(good, [rule], options)).toEqual([]);
  });

  test('has a good example that the whole validator accepts without errors', () => {
    const { good, options } = rule.meta.examples;
    const errors = validate(good, options).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
});
