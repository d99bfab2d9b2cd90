import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  startConnectEmulator,
  type ConnectEmulator,
  type EmulatedInstance,
} from '../../publish/test/emulator/index.js';
import {
  awsEnvironment,
  cli,
  executable,
  printed,
  removeWorkDirectories,
  secretAccessKey,
  seededInstance,
  setEnvironment,
  workDirectory,
} from './support/emulated-aws.js';

const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

let emulator: ConnectEmulator;
let source: EmulatedInstance;
let work: string;
let restoreEnvironment: () => void;

beforeEach(async () => {
  emulator = await startConnectEmulator({ pageSize: 2 });
  source = seededInstance(emulator);
  work = workDirectory();
  restoreEnvironment = setEnvironment(awsEnvironment(emulator.endpoint));
  const deployed = await cli(['publish', 'flows', '--instance-id', source.id, '--yes'], work);
  expect(deployed.exitCode).toBe(0);
  emulator.clearCalls();
});

afterEach(async () => {
  restoreEnvironment();
  await emulator.close();
  removeWorkDirectories();
});

afterAll(() => {
  for (const text of printed) expect(text).not.toContain(secretAccessKey);
});

function read(file: string): string {
  return readFileSync(join(work, file), 'utf8');
}

/** Every ARN an instance hands out, by what it names. */
function arnsOf(instance: EmulatedInstance): Map<string, string> {
  return new Map<string, string>([
    ...instance.queues.map((q) => [`queue:${q.name}`, q.arn] as const),
    ...instance.prompts.map((p) => [`prompt:${p.name}`, p.arn] as const),
    ...instance.lambdaFunctions.map((f) => [`lambda:${f.name}`, f.arn] as const),
    ...instance.flows().map((f) => [`flow:${f.name}`, f.arn] as const),
    ...instance.modules().map((m) => [`module:${m.name}`, m.arn] as const),
  ]);
}

/** Checks that each flow of `target` does what the same flow of `source` does, with its own ARNs. */
function expectEquivalent(target: EmulatedInstance): void {
  const targetArns = arnsOf(target);
  const translate = new Map([...arnsOf(source)].map(([key, arn]) => [arn, targetArns.get(key)]));
  const mapped = (value: unknown): unknown =>
    typeof value === 'string'
      ? (translate.get(value) ?? value)
      : Array.isArray(value)
        ? value.map(mapped)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapped(v)]))
          : value;
  const contentOf = (instance: EmulatedInstance, name: string) => {
    const found = instance.flow(name) ?? instance.module(name);
    const { StartAction, Actions } = JSON.parse(found!.content) as Record<string, unknown>;
    return { StartAction, Actions };
  };
  const names = [...source.flows(), ...source.modules()].map((f) => f.name).sort();
  expect([...target.flows(), ...target.modules()].map((f) => f.name).sort()).toEqual(names);
  for (const name of names) {
    expect(contentOf(target, name)).toEqual(mapped(contentOf(source, name)));
    expect(JSON.stringify(contentOf(target, name))).not.toContain(source.id);
  }
  expect(target.module('Log call')!.settings).toBe(source.module('Log call')!.settings);
  expect(target.flow('Hold message')!.type).toBe('CUSTOMER_QUEUE');
}

describe('contactflow pull', () => {
  test('--as json writes documents with names, and they publish to another instance', async () => {
    const result = await cli(['pull', '--instance-id', source.id, '-o', 'pulled'], work);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(golden('pull-json.txt').replaceAll('<instance>', source.id));
    expect(result.stderr).toBe('');
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
    expect(read('pulled/main-ivr.json')).toContain('"QueueId": "{{queue:Sales}}"');
    expect(read('pulled/main-ivr.json')).not.toContain(source.id);
    expect(JSON.parse(read('pulled/log-call.settings.json'))).toMatchObject({
      InputParameters: [{ Name: 'reason' }],
    });
    const environment = JSON.parse(read(`environments/${source.id}.json`)) as Record<
      string,
      Record<string, string>
    >;
    expect(environment).toEqual({
      queues: { Sales: source.queues.find((q) => q.name === 'Sales')!.arn },
      prompts: {
        'Hold music': source.prompts.find((p) => p.name === 'Hold music')!.arn,
        Welcome: source.prompts.find((p) => p.name === 'Welcome')!.arn,
      },
      lambdaFunctions: { isHoliday: source.lambdaFunctions[0]!.arn },
      flows: { 'After hours': source.flow('After hours')!.arn },
      flowModules: { 'Verify caller': source.module('Verify caller')!.arn },
    });

    // Another instance, in another region and account, with resources of the same names.
    const target = seededInstance(emulator, { region: 'eu-west-2', accountId: '210987654321' });
    const published = await cli(['publish', 'pulled', '--instance-id', target.id, '--yes'], work);
    expect(published.exitCode).toBe(0);
    expect(published.stdout).toContain('5 units: 5 created');
    expectEquivalent(target);
  });

  test('--as ts writes builder source that names the resources, and it publishes the same', async () => {
    const result = await cli(
      ['pull', '--instance-id', source.id, '-o', 'source', '--as', 'ts', '--env', 'dev'],
      work,
    );

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(join(work, 'source')).sort()).toEqual([
      'after-hours.flow.ts',
      'hold-message.flow.ts',
      'log-call.flow.ts',
      'main-ivr.flow.ts',
      'verify-caller.flow.ts',
    ]);
    const main = read('source/main-ivr.flow.ts');
    for (const reference of [
      "queue('Sales')",
      "prompt('Welcome')",
      "lambdaFunction('isHoliday')",
      "moduleRef('Verify caller')",
      "flowRef('After hours')",
    ]) {
      expect(main).toContain(reference);
    }
    expect(main).not.toContain('arn:');
    expect(read('source/log-call.flow.ts')).toContain('reason');
    expect(existsSync(join(work, 'environments/dev.json'))).toBe(true);

    const target = seededInstance(emulator, { region: 'eu-west-2', accountId: '210987654321' });
    const published = await cli(['publish', 'source', '--instance-id', target.id, '--yes'], work);
    expect(published.exitCode).toBe(0);
    expectEquivalent(target);
  });

  test('the built executable pulls what --name and --type select', async () => {
    const result = await executable(
      ['pull', '--instance-id', source.id, '-o', 'some', '--name', 'M*', '--name', 'After*'],
      work,
      emulator.endpoint,
    );
    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(work, 'some')).sort()).toEqual(['after-hours.json', 'main-ivr.json']);

    const modules = await cli(
      ['pull', '--instance-id', source.id, '-o', 'modules', '--type', 'FLOW_MODULE'],
      work,
    );
    expect(modules.exitCode).toBe(0);
    expect(readdirSync(join(work, 'modules')).sort()).toEqual([
      'log-call.json',
      'log-call.settings.json',
      'verify-caller.json',
      'verify-caller.settings.json',
    ]);
  });

  test('extends an environment file, keeping the names chosen in it', async () => {
    const sales = source.queues.find((q) => q.name === 'Sales')!.arn;
    mkdirSync(join(work, 'environments'));
    const original = {
      $schema: '../schema.json',
      queues: { 'Sales line': sales },
      hoursOfOperation: { Office: 'arn:hours' },
    };
    writeFileSync(join(work, 'environments/dev.json'), JSON.stringify(original, null, 2));

    const result = await cli(
      ['pull', '--instance-id', source.id, '-o', 'pulled', '--env', 'dev'],
      work,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('environments/dev.json: 5 names added');
    const extended = JSON.parse(read('environments/dev.json')) as Record<string, unknown>;
    expect(Object.keys(extended)).toEqual([
      '$schema',
      'queues',
      'hoursOfOperation',
      'prompts',
      'lambdaFunctions',
      'flows',
      'flowModules',
    ]);
    expect(extended['queues']).toEqual({ 'Sales line': sales });
    expect(read('pulled/main-ivr.json')).toContain('"{{queue:Sales line}}"');

    // A second pull adds nothing and changes nothing.
    const text = read('environments/dev.json');
    const again = await cli(
      ['pull', '--instance-id', source.id, '-o', 'pulled', '--env', 'dev'],
      work,
    );
    expect(again.stdout).toContain('environments/dev.json: no new names');
    expect(read('environments/dev.json')).toBe(text);
  });

  test('an entry of the environment file with another value is an error naming it', async () => {
    mkdirSync(join(work, 'environments'));
    const file = join(work, 'environments/dev.json');
    writeFileSync(file, JSON.stringify({ queues: { Sales: 'arn:somewhere-else' } }));

    const result = await cli(
      ['pull', '--instance-id', source.id, '-o', 'pulled', '--env', 'dev'],
      work,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      `environments/dev.json: queues "Sales" is arn:somewhere-else there, but the instance's queue "Sales" is ${source.queues.find((q) => q.name === 'Sales')!.arn}; correct or remove the entry, then pull again\nNothing was written.\n`,
    );
    expect(existsSync(join(work, 'pulled'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('{"queues":{"Sales":"arn:somewhere-else"}}');
  });

  test('a flow that cannot be read is reported and the exit code says so', async () => {
    emulator.failNext('DescribeContactFlow', {
      type: 'AccessDeniedException',
      status: 403,
      message: 'Not allowed.',
    });
    const result = await cli(['pull', '--instance-id', source.id, '-o', 'pulled'], work);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'flow "After hours": not pulled: AccessDeniedException: Not allowed.\n',
    );
    expect(result.stdout).toContain('1 could not be read (see the warnings)');
    expect(readdirSync(join(work, 'pulled'))).not.toContain('after-hours.json');
  });

  test('usage errors: missing options and unknown types are one line, exit 2', async () => {
    expect(await cli(['pull', '-o', 'pulled'], work)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "contactflow: required option '--instance-id <id>' not specified\n",
    });
    const missingDir = await cli(['pull', '--instance-id', source.id], work);
    expect(missingDir.exitCode).toBe(2);
    expect(missingDir.stderr).toContain("'-o, --out-dir <dir>' not specified");
    const unknownType = await cli(
      ['pull', '--instance-id', source.id, '-o', 'x', '--type', 'IVR'],
      work,
    );
    expect(unknownType.exitCode).toBe(2);
    expect(unknownType.stderr).toMatch(/^contactflow: unknown flow type "IVR"; expected one of/);
  });
});
