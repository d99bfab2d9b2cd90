import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '../src/rules/index.js';
import { renderRuleDocs } from '../tools/render-rule-docs.js';

const root = resolve(import.meta.dirname, '../../..');

test.each(renderRuleDocs(rules).map((file) => [file.path, file] as const))(
  '%s matches the rules (run `pnpm generate` after changing one)',
  (path, file) => {
    expect(readFileSync(resolve(root, path), 'utf8')).toBe(file.content);
  },
);
