import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../src/commands/import.js';
import { UsageError } from '../src/usage-error.js';
import { repositoryRoot } from './run-cli.js';

/** The one-line message of the usage error `run` fails with. */
async function usageError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a usage error');
}

const customerQueue = 'examples/flows/customer-queue.json';

describe('contactflow import', () => {
  it('prints builder source, with the names of an environment file', async () => {
    const outcome = await importCommand(
      customerQueue,
      { env: 'examples/environments/dev.json' },
      repositoryRoot,
    );
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).toContain(
      "export const customerQueueWithCallback = flow('Customer queue with callback', {",
    );
    expect(outcome.output).toContain("{ prompt: prompt('Hold music') }");
    expect(outcome.messages).toBe('');
  });

  it('finds an environment by name in environments/', async () => {
    const outcome = await importCommand(
      'flows/customer-queue.json',
      { env: 'dev' },
      join(repositoryRoot, 'examples'),
    );
    expect(outcome.output).toContain("prompt('Hold music')");
  });

  it('writes the source to a file, replacing it whole', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'contactflow-import-'));
    const out = join(directory, 'queue.flow.ts');
    writeFileSync(out, 'old');
    const outcome = await importCommand(customerQueue, { out }, repositoryRoot);
    expect(outcome).toEqual({ output: '', messages: `${out}: written\n`, exitCode: 0 });
    expect(readFileSync(out, 'utf8')).toContain('transferToQueue({');
    expect(readdirSync(directory)).toEqual(['queue.flow.ts']);
  });

  it('names the flow after the file when the document has no name, with the type given', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'contactflow-import-'));
    const file = join(directory, 'whisper.json');
    writeFileSync(
      file,
      JSON.stringify({
        Version: '2019-10-30',
        StartAction: 'a',
        Actions: [{ Identifier: 'a', Type: 'SetSomethingNew', Parameters: {}, Transitions: {} }],
      }),
    );
    const outcome = await importCommand(file, { flowType: 'AGENT_WHISPER' }, repositoryRoot);
    expect(outcome.output).toContain("flow('whisper', { type: 'AGENT_WHISPER', start: ");
    expect(outcome.messages).toBe(
      `${file}: 1 action written with raw(); the source says why above each\n`,
    );
  });

  it('reports unreadable input, bad JSON and non-flows in one line naming the file', async () => {
    expect(await usageError(() => importCommand('missing.json', {}, repositoryRoot))).toBe(
      'missing.json: no such file or directory',
    );
    const notJson = 'packages/cli/test/fixtures/not-json.json';
    expect(await usageError(() => importCommand(notJson, {}, repositoryRoot))).toBe(
      'packages/cli/test/fixtures/not-json.json:4:3: Invalid JSON: "," expected.',
    );
    const directory = mkdtempSync(join(tmpdir(), 'contactflow-import-'));
    const settings = join(directory, 'settings.json');
    writeFileSync(settings, '{ "Version": "2019-10-30" }');
    expect(await usageError(() => importCommand(settings, {}, repositoryRoot))).toBe(
      `${settings}: not a Flow-language document (it has no "Actions" list)`,
    );
  });

  it('refuses an unknown flow type and a missing environment', async () => {
    expect(
      await usageError(() => importCommand(customerQueue, { flowType: 'IVR' }, repositoryRoot)),
    ).toMatch(/^unknown flow type "IVR"; expected one of CONTACT_FLOW, /);
    expect(
      await usageError(() => importCommand(customerQueue, { env: 'nowhere' }, repositoryRoot)),
    ).toBe('environments/nowhere.json: no such file or directory');
  });
});
