import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { renderConfigValidator } from '../tools/render-config-validator.js';
import { repositoryRoot } from './run-cli.js';

test('the precompiled configuration validator matches the schema (run `pnpm generate` after changing it)', () => {
  const file = renderConfigValidator();
  const same = readFileSync(resolve(repositoryRoot, file.path), 'utf8') === file.content;
  expect(same, `${file.path} is out of date`).toBe(true);
});
