import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { renderCliDocs } from '../tools/render-cli-docs.js';
import { repositoryRoot } from './run-cli.js';

test('docs/cli.md matches the command definitions (run `pnpm generate` after changing one)', () => {
  const file = renderCliDocs();
  expect(readFileSync(resolve(repositoryRoot, file.path), 'utf8')).toBe(file.content);
});
