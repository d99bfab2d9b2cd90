import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  actionClauseDirectory,
  renderDocumentValidator,
} from '../tools/render-document-validator.js';

const root = resolve(import.meta.dirname, '../../..');

test('the precompiled document validator matches the schema (run `pnpm generate` after changing it)', () => {
  const files = renderDocumentValidator();
  for (const file of files) {
    // Compared without a diff: the files are hundreds of kilobytes on a handful of lines.
    const same = readFileSync(resolve(root, file.path), 'utf8') === file.content;
    expect(same, `${file.path} is out of date`).toBe(true);
  }
  const scripts = readdirSync(resolve(root, actionClauseDirectory)).map(
    (name) => `${actionClauseDirectory}/${name}`,
  );
  expect(scripts.sort()).toEqual(
    files.map((file) => file.path).filter((path) => path.startsWith(`${actionClauseDirectory}/`)),
  );
});
