/**
 * Writes every file derived from the catalog: parameter types, the flow document schema for
 * editors, and the catalog reference pages. Run with `pnpm generate` after changing the catalog.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generatedFiles } from '../packages/dsl/tools/generated-files.js';

const root = resolve(import.meta.dirname, '..');
for (const file of await generatedFiles()) {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote ${file.path}`);
}
