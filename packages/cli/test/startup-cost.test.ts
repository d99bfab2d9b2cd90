import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedModules } from './support/loaded-modules.js';

const heavy = {
  'the AWS SDK': /\/@aws-sdk\//,
  'the publish library': /\/publish\/(dist|src)\//,
  prettier: /\/prettier\//,
  'the layout library': /\/@dagrejs\//,
  'the TypeScript loader': /\/(tsx|esbuild|typescript)\//,
  'the compiler': /\/compiler\/dist\//,
};

describe('start-up cost', () => {
  it('lint on one JSON file loads none of the heavy modules', async () => {
    const loaded = await loadedModules(['lint', 'examples/flows/customer-queue.json']);
    expect(loaded.some((url) => url.includes('/validator/dist/'))).toBe(true);
    for (const [name, pattern] of Object.entries(heavy)) {
      expect(
        loaded.filter((url) => pattern.test(url)),
        name,
      ).toEqual([]);
    }
  });

  // The TypeScript loader runs in the worker thread that loads the source, out of the recorder's
  // sight; the layout and the compiler run here.
  it('build on a source does load the compiler and the layout (the recorder sees them)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'contactflow-out-'));
    const loaded = await loadedModules([
      'build',
      'packages/cli/test/fixtures/sources/directory/closed.flow.ts',
      '--out-dir',
      out,
    ]);
    expect(loaded.some((url) => heavy['the compiler'].test(url))).toBe(true);
    expect(loaded.some((url) => heavy['the layout library'].test(url))).toBe(true);
  });
});
