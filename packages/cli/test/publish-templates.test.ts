import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  startConnectEmulator,
  type ConnectEmulator,
  type EmulatedInstance,
} from '../../publish/test/emulator/index.js';
import {
  awsEnvironment,
  cli,
  edit,
  removeWorkDirectories,
  seededInstance,
  setEnvironment,
  workDirectory,
} from './support/emulated-aws.js';

// A template whose placeholders were not rendered is an input error: refused before the instance is
// asked anything, with the file, the placeholder and where it is.
let emulator: ConnectEmulator;
let instance: EmulatedInstance;
let work: string;
let restoreEnvironment: () => void;

beforeEach(async () => {
  emulator = await startConnectEmulator({ pageSize: 2 });
  instance = seededInstance(emulator);
  work = workDirectory();
  restoreEnvironment = setEnvironment(awsEnvironment(emulator.endpoint));
});

afterEach(async () => {
  restoreEnvironment();
  await emulator.close();
  removeWorkDirectories();
});

const publish = (...more: string[]) =>
  cli(['publish', 'flows', '--instance-id', instance.id, '--yes', ...more], work);

describe('contactflow publish of a flow template', () => {
  test('refuses a JSON file with an unrendered placeholder, and calls nothing', async () => {
    edit(work, 'flows/hold-message.json', '{{prompt:Hold music}}', '${hold_prompt_arn}');
    const result = await publish();
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'contactflow: flows/hold-message.json:24:23: unrendered template placeholder ${hold_prompt_arn} at /Actions/1/Parameters/PromptId; publish a rendered flow, not its template\n',
    });
    expect(emulator.calls).toEqual([]);
  });

  test('refuses a source whose text holds a placeholder, at the line of the block', async () => {
    edit(
      work,
      'flows/main-ivr.flow.ts',
      "playPrompt({ prompt: prompt('Welcome') })",
      "playPrompt({ text: 'Welcome to %CompanyName%.' })",
    );
    const result = await publish('--dry-run');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^contactflow: flows\/main-ivr\.flow\.ts:33:10: unrendered template placeholder %CompanyName% at \/Actions\/\d+\/Parameters\/Text; publish a rendered flow, not its template\n$/,
    );
    expect(emulator.calls).toEqual([]);
  });

  test('publishes what the configuration does not call a placeholder', async () => {
    edit(
      work,
      'flows/main-ivr.flow.ts',
      "playPrompt({ prompt: prompt('Welcome') })",
      "playPrompt({ text: 'Save 20%OFF% today.' })",
    );
    expect((await publish('--dry-run')).exitCode).toBe(2);
    writeFileSync(join(work, 'contactflow.config.json'), JSON.stringify({ placeholders: [] }));
    const result = await publish('--dry-run');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});
