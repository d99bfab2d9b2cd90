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

const simulator = /\/simulator\/(dist|src)\//;
const yaml = /\/yaml\//;

describe('what test loads', () => {
  it('lint loads neither the simulator nor the YAML parser', async () => {
    const loaded = await loadedModules(['lint', 'examples/flows/customer-queue.json']);
    expect(loaded.some((url) => url.includes('/validator/dist/'))).toBe(true);
    expect(loaded.filter((url) => simulator.test(url) || yaml.test(url))).toEqual([]);
  });

  it('test loads the simulator, and the YAML parser only for YAML files', async () => {
    const json = await loadedModules([
      'test',
      'packages/cli/test/fixtures/scenarios/passing/test-line.scenario.json',
    ]);
    expect(json.some((url) => simulator.test(url))).toBe(true);
    expect(json.filter((url) => yaml.test(url))).toEqual([]);
    const yamlFiles = await loadedModules([
      'test',
      'packages/cli/test/fixtures/scenarios/failing/test-line.scenario.yaml',
    ]);
    expect(yamlFiles.some((url) => yaml.test(url))).toBe(true);
  });
});
