import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../src/rules/index.js';
import { guideConstraints } from '../tools/guide-constraints/index.js';
import { renderGuideCoverage } from '../tools/render-guide-coverage.js';

const root = resolve(import.meta.dirname, '../../..');

test('covers the 62 constraints of the reference list', () => {
  expect(guideConstraints).toHaveLength(62);
});

test('names only rules that exist, and names one wherever it claims a check', () => {
  const ids = new Set(rules.map((rule) => rule.meta.id));
  for (const constraint of guideConstraints) {
    for (const id of constraint.checkedBy) expect(ids, constraint.constraint).toContain(id);
    if (constraint.status !== 'not-checkable') {
      expect(constraint.checkedBy.length, constraint.constraint).toBeGreaterThan(0);
    }
    if (constraint.status !== 'checked')
      expect(constraint.note, constraint.constraint).toBeTruthy();
  }
});

test('docs/rules/guide-coverage.md matches the data (run `pnpm generate` after changing it)', () => {
  const file = renderGuideCoverage();
  expect(readFileSync(resolve(root, file.path), 'utf8')).toBe(file.content);
});
