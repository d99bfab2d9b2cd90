import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repositoryRoot } from '../run-cli.js';

const bin = resolve(repositoryRoot, 'packages/cli/bin/contactflow.js');
const recorder = resolve(import.meta.dirname, 'record-loads.mjs');

/** Runs the built command in a fresh process and returns the URLs of the modules it loaded. */
export function loadedModules(args: string[]): Promise<string[]> {
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
