import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../src/index.js';

const page = readFileSync(resolve(import.meta.dirname, '../../../docs/templates.md'), 'utf8');

test('docs/templates.md names exactly the checks that accept placeholders', () => {
  const paragraph = page
    .split('\n\n')
    .find((text) => text.startsWith('Checks that accept placeholders:'));
  const named = [...(paragraph ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
  const flagged = rules.filter((rule) => rule.meta.checksValueFormat).map((rule) => rule.meta.id);
  expect(named.sort()).toEqual(flagged.sort());
});
