import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  startConnectEmulator,
  type ConnectEmulator,
  type EmulatedInstance,
} from '../../publish/test/emulator/index.js';
import { publishCommand } from '../src/commands/publish.js';
import { restoreCommand } from '../src/commands/restore.js';
import type { Terminal } from '../src/terminal.js';
import {
  awsEnvironment,
  cli,
  edit,
  executable,
  normalise,
  printed,
  removeWorkDirectories,
  secretAccessKey,
  seededInstance,
  setEnvironment,
  workDirectory,
} from './support/emulated-aws.js';

const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

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

afterAll(() => {
  // Whatever happened, the secret key was never printed, not even in part.
  for (const text of printed) {
    expect(text).not.toContain(secretAccessKey);
    expect(text).not.toContain(secretAccessKey.slice(0, 12));
  }
});

function writes(): string[] {
  return emulator.calls.filter((call) => call.write && call.status === 200).map((c) => c.operation);
}

function publishArgs(...more: string[]): string[] {
  return ['publish', 'flows', '--instance-id', instance.id, ...more];
}

function backupFolders(): string[] {
  const root = join(work, '.contactflow/backups');
  return existsSync(root) ? readdirSync(root) : [];
}

describe('contactflow publish', () => {
  test('first deploy: creates modules, then flows in the order references need', async () => {
    const result = await cli(publishArgs('--yes'), work);

    expect(result.exitCode).toBe(0);
    expect(normalise(result.stdout)).toBe(golden('publish-first-deploy.txt'));
    expect(result.stderr).toBe('');
    expect(writes()).toEqual([
      'CreateContactFlowModule',
      'CreateContactFlowModule',
      'CreateContactFlow',
      'CreateContactFlow',
      'CreateContactFlow',
    ]);
    const main = instance.flow('Main IVR')!;
    expect(main.content).not.toContain('{{');
    for (const arn of [
      instance.queues.find((q) => q.name === 'Sales')!.arn,
      instance.prompts.find((p) => p.name === 'Welcome')!.arn,
      instance.lambdaFunctions.find((f) => f.name === 'isHoliday')!.arn,
      instance.module('Verify caller')!.arn,
      instance.flow('After hours')!.arn,
    ]) {
      expect(main.content).toContain(arn);
    }
    // The JSON module took its settings from log-call.settings.json beside it.
    expect(JSON.parse(instance.module('Log call')!.settings!)).toMatchObject({
      InputParameters: [{ Name: 'reason' }],
    });
    expect(instance.flow('Hold message')!.type).toBe('CUSTOMER_QUEUE');
  });

  test('the built executable publishes the same, with the SDK reading the environment', async () => {
    const result = await executable(publishArgs('--yes'), work, emulator.endpoint);

    expect(result.exitCode).toBe(0);
    expect(normalise(result.stdout)).toBe(golden('publish-first-deploy.txt'));
    expect(instance.flows().map((flow) => flow.name)).toEqual([
      'After hours',
      'Hold message',
      'Main IVR',
    ]);
  });

  test('an unchanged re-deploy writes nothing and saves no backup', async () => {
    await cli(publishArgs('--yes'), work);
    const folders = backupFolders();
    emulator.clearCalls();
    // Throttled calls are retried by the SDK; the run does not notice.
    emulator.throttleNext(1, 'ListContactFlows');

    // What the first run saved under .contactflow/ is not taken for flows to publish.
    const result = await cli(publishArgs('.contactflow', '--yes'), work);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('5 units: 5 unchanged');
    expect(emulator.calls.filter((call) => call.status === 429)).toHaveLength(1);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
    expect(backupFolders()).toEqual(folders);
  });

  test('--status SAVED saves the content without publishing it', async () => {
    const result = await cli(publishArgs('--status', 'SAVED', '--yes'), work);
    expect(result.exitCode).toBe(0);
    expect(instance.flow('Main IVR')).toMatchObject({
      status: 'SAVED',
      publishedContent: undefined,
    });
  });

  test('a dry run prints the plan and a semantic diff, and writes nothing', async () => {
    await cli(publishArgs('--yes'), work);
    edit(work, 'flows/main-ivr.flow.ts', "prompt('Welcome')", "prompt('Hello')");
    edit(work, 'flows/after-hours.flow.ts', 'We are closed.', 'Closed for the day.');
    emulator.clearCalls();

    const result = await cli(publishArgs('--dry-run'), work);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(golden('publish-dry-run.txt').replace('<instance>', instance.id));
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
  });

  test('a flow with validation errors refuses the run before any call', async () => {
    const result = await cli(publishArgs('invalid/broken.json', '--yes'), work);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^invalid\/broken\.json\n {2}8:7 +error +Unknown action type "PlayMusicForever"/m,
    );
    expect(result.stdout).toMatch(/Broken document +CONTACT_FLOW +- +invalid +it has errors/);
    expect(result.stdout).toContain('invalid/broken.json: 1 error; nothing was published');
    expect(emulator.calls).toEqual([]);
  });

  test('errors in a source are shown at the line of the builder call (executable)', async () => {
    const result = await executable(
      publishArgs('invalid/broken.flow.ts', '--yes'),
      work,
      emulator.endpoint,
    );

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^invalid\/broken\.flow\.ts\n {2}7:10 +warning/m);
    expect(result.stdout).toMatch(/^ {2}7:10 +error +Unknown action type "PlayMusicForever"/m);
    expect(emulator.calls).toEqual([]);
  });

  test('names neither the environment nor the instance resolves are listed, exit 1', async () => {
    const bare = emulator.addInstance();
    bare.addQueue('Sales');
    const result = await cli(['publish', 'flows', '--instance-id', bare.id, '--yes'], work);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      [
        'flows/hold-message.json: no prompt "Hold music" in the environment or on the instance',
        'flows/main-ivr.flow.ts: no prompt "Welcome" in the environment or on the instance',
        'flows/main-ivr.flow.ts: no lambdaFunction "isHoliday" in the environment or on the instance',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/Main IVR +CONTACT_FLOW +- +skipped +not published: it has/);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
  });

  test('an environment file names what the instance would not', async () => {
    const bare = emulator.addInstance();
    const environment = {
      queues: { Sales: `${bare.arn}/queue/from-file` },
      prompts: { Welcome: `${bare.arn}/prompt/welcome`, 'Hold music': `${bare.arn}/prompt/hold` },
      lambdaFunctions: { isHoliday: 'arn:aws:lambda:us-east-1:123456789012:function:fromFile' },
    };
    const file = join(work, 'environments/test.json');
    mkdirSync(join(work, 'environments'));
    writeFileSync(file, JSON.stringify(environment));
    const result = await cli(
      ['publish', 'flows', '--instance-id', bare.id, '--env', 'test', '--yes'],
      work,
    );
    expect(result.exitCode).toBe(0);
    expect(bare.flow('Main IVR')!.content).toContain('function:fromFile');
    expect(emulator.calls.map((call) => call.operation)).not.toContain('ListQueues');
  });

  test('a flow the instance refuses fails alone; its problems point at the file', async () => {
    await cli(publishArgs('--yes'), work);
    const before = instance.flow('Hold message')!.content;
    edit(work, 'flows/hold-message.json', '{{prompt:Hold music}}', '{{prompt:Welcome}}');
    edit(work, 'flows/after-hours.flow.ts', 'We are closed.', 'Closed for the day.');
    const holdId = instance.flow('Hold message')!.id;
    emulator.failNext('UpdateContactFlowContent', {
      type: 'InvalidContactFlowException',
      message: 'The flow is not valid.',
      body: {
        problems: [
          { message: 'Invalid Action property value. Path: Actions[1].Parameters.PromptId' },
        ],
      },
      match: (request) => request.params['ContactFlowId'] === holdId,
    });

    const result = await cli(publishArgs('--yes'), work);
    expect(result.exitCode).toBe(1);
    expect(normalise(result.stdout)).toBe(golden('publish-failure.txt'));
    expect(instance.flow('Hold message')!.content).toBe(before);
    expect(instance.flow('After hours')!.content).toContain('Closed for the day.');

    // Both flows were saved before the first write, in one folder with its manifest.
    const [folder] = backupFolders().filter((name) =>
      readdirSync(join(work, '.contactflow/backups', name)).includes('flows'),
    );
    const manifest = JSON.parse(
      readFileSync(join(work, '.contactflow/backups', folder!, 'manifest.json'), 'utf8'),
    ) as { entries: { name: string; sourceFile: string }[] };
    expect(manifest.entries.map((e) => [e.name, e.sourceFile]).sort()).toEqual([
      ['After hours', 'flows/after-hours.flow.ts'],
      ['Hold message', 'flows/hold-message.json'],
    ]);
  });
});

describe('contactflow restore', () => {
  test('puts back what a publish run saved, after a dry run shows it', async () => {
    await cli(publishArgs('--yes'), work);
    const before = instance.flow('After hours')!.content;
    edit(work, 'flows/after-hours.flow.ts', 'We are closed.', 'Closed for the day.');
    const published = await cli(publishArgs('--yes'), work);
    const folder = /Saved content and manifest: (\S+)/.exec(published.stdout)![1]!;
    expect(instance.flow('After hours')!.content).not.toBe(before);
    emulator.clearCalls();

    const planned = await cli(['restore', folder, '--dry-run'], work);
    expect(planned.exitCode).toBe(0);
    expect(normalise(planned.stdout)).toBe(golden('restore-dry-run.txt'));
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);

    const restored = await cli(['restore', folder, '--yes'], work);
    expect(restored.exitCode).toBe(0);
    expect(restored.stdout).toMatch(/After hours +CONTACT_FLOW +restored/);
    expect(instance.flow('After hours')!.content).toBe(before);
    expect(writes()).toEqual(['UpdateContactFlowContent']);
    // What restore overwrote is saved in its own folder beside the one restored.
    const safety = /Saved the content it replaced: (\S+)/.exec(restored.stdout)![1]!;
    expect(readdirSync(join(work, safety))).toContain('manifest.json');
  });

  test('a folder without a manifest is a usage error of one line', async () => {
    const result = await cli(['restore', 'flows', '--yes'], work);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('contactflow: flows: not a backup folder (no manifest.json)\n');
  });
});

describe('asking first', () => {
  const context = () => ({ cwd: work, color: false });
  const options = () => ({ instanceId: instance.id });

  test('without --yes and without a terminal, publish refuses before reading anything', async () => {
    const result = await executable(publishArgs(), work, emulator.endpoint);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      `contactflow: publish writes to instance ${instance.id} and asks first, but there is no terminal to ask on; pass --yes`,
    );
    expect(emulator.calls).toEqual([]);
    await expect(publishCommand(['flows'], options(), context(), {})).rejects.toThrow(
      /no terminal to ask on/,
    );
  });

  test('on a terminal, the plan is shown and nothing is written unless the answer is yes', async () => {
    const asked: string[] = [];
    const lines: (string | undefined)[] = [];
    const terminal = (answer: boolean): Terminal => ({
      progress: (line) => lines.push(line),
      ask: async (text, question) => {
        asked.push(text, question);
        return answer;
      },
    });

    const declined = await publishCommand(['flows'], options(), context(), terminal(false));
    expect(declined).toEqual({
      output: '',
      messages: 'Not published: nothing was written.\n',
      exitCode: 1,
    });
    expect(asked[0]).toMatch(/^Main IVR +CONTACT_FLOW +create +planned$/m);
    expect(asked[0]).not.toContain('Dry run');
    expect(asked[1]).toBe(
      `Publish to instance ${instance.id}: 5 to create, 0 to update. Go ahead?`,
    );
    expect(writes()).toEqual([]);

    const accepted = await publishCommand(['flows'], options(), context(), terminal(true));
    expect(accepted.exitCode).toBe(0);
    expect(accepted.output).toContain('5 units: 5 created');
    expect(lines).toContain('[5/5] create Main IVR');
    expect(lines.at(-1)).toBeUndefined();

    // Nothing to change: nothing to ask.
    asked.length = 0;
    const again = await publishCommand(['flows'], options(), context(), terminal(false));
    expect(again.exitCode).toBe(0);
    expect(asked).toEqual([]);
  });

  test('restore asks the same way', async () => {
    await cli(publishArgs('--yes'), work);
    edit(work, 'flows/after-hours.flow.ts', 'We are closed.', 'Closed.');
    const published = await cli(publishArgs('--yes'), work);
    const folder = /Saved content and manifest: (\S+)/.exec(published.stdout)![1]!;
    const questions: string[] = [];
    const declined = await restoreCommand(folder, {}, context(), {
      ask: async (_text, question) => {
        questions.push(question);
        return false;
      },
    });
    expect(declined.exitCode).toBe(1);
    expect(questions).toEqual([`Restore 1 saved flow or module on instance ${instance.id}?`]);
    await expect(restoreCommand(folder, {}, context(), {})).rejects.toThrow(/no terminal/);
  });
});

describe('usage errors', () => {
  test('a missing --instance-id is one line, exit 2', async () => {
    const result = await cli(['publish', 'flows', '--yes'], work);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "contactflow: required option '--instance-id <id>' not specified\n",
    });
  });

  test('an unknown status is one line, exit 2', async () => {
    const result = await cli(publishArgs('--status', 'LIVE', '--yes'), work);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^contactflow: option '--status <status>' argument 'LIVE' is invalid/,
    );
  });

  test('a JSON file that is no flow is named, exit 2', async () => {
    writeFileSync(join(work, 'notes.json'), '{ "hello": 1 }\n');
    const result = await cli(
      ['publish', 'notes.json', '--instance-id', instance.id, '--yes'],
      work,
    );
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'contactflow: notes.json: not a Flow-language document (it has no "Actions" list)\n',
    });
  });
});
