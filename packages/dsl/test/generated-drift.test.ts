import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../tools/generated-files.js';

const root = resolve(import.meta.dirname, '../../..');

describe('files generated from the catalog', async () => {
  const files = await generatedFiles();
  it.each(files.map((file) => [file.path, file]))(
    '%s matches the catalog (run `pnpm generate` after changing it)',
    (_path, file) => {
      const committed = readFileSync(resolve(root, file.path), 'utf8');
      expect(committed).toBe(file.content);
    },
  );
});
