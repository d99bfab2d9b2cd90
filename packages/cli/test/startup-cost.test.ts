import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './run-cli.js';

const bin = resolve(repositoryRoot, 'packages/cli/bin/contactflow.js');
const recorder = resolve(import.meta.dirname, 'support/record-loads.mjs');

/** Runs the command in a fresh process and returns the URLs of the modules it loaded. */
function loadedModules(args: string[]): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'contactflow-loads-')), 'loads.txt');
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', recorder, bin, ...args],
      { cwd: repositoryRoot, env: { ...process.env, CONTACTFLOW_LOAD_LOG: log } },
      (error) => {
        if (error && typeof error.code !== 'number') fail(error);
        else done(readFileSync(log, 'utf8').trim().split('\n'));
      },
    );
  });
}

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
