import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { renderDocumentValidator } from '../tools/render-document-validator.js';

const root = resolve(import.meta.dirname, '../../..');

test('the precompiled document validator matches the schema (run `pnpm generate` after changing it)', () => {
  const file = renderDocumentValidator();
  // Compared without a diff: the module is two megabytes on a handful of lines.
  const same = readFileSync(resolve(root, file.path), 'utf8') === file.content;
  expect(same, `${file.path} is out of date`).toBe(true);
});
