import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConnectClient } from '@aws-sdk/client-connect';
import { formatFlowDiff, importFlow } from '@contactflow/compiler';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  formatPublishSummary,
  publish,
  pull,
  readBackupManifest,
  restore,
  unitFromDocument,
  unitFromFlow,
  type PublishOptions,
  type PublishProgress,
  type PublishUnit,
} from '../src/index.js';
import {
  startConnectEmulator,
  type ConnectEmulator,
  type EmulatedInstance,
} from './emulator/index.js';
import { afterHoursFlow, mainFlow, mutualFlows, verifyModule } from './support/sample-flows.js';

const samples = resolve(import.meta.dirname, 'support/sample-flows.ts');

let emulator: ConnectEmulator;
let client: ConnectClient;
let backups: string;

beforeEach(async () => {
  emulator = await startConnectEmulator({ pageSize: 2 });
  client = new ConnectClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 6,
  });
  backups = mkdtempSync(join(tmpdir(), 'contactflow-publish-'));
});

afterEach(async () => {
  client.destroy();
  await emulator.close();
  rmSync(backups, { recursive: true, force: true });
});

/** An instance with the resources the sample flows name, and a few others so lists page. */
function seededInstance(options: { region?: string; accountId?: string } = {}): EmulatedInstance {
  const instance = emulator.addInstance(options);
  for (const name of ['Billing', 'Complaints', 'Returns', 'Sales']) instance.addQueue(name);
  instance.addQueue('jdoe', { type: 'AGENT' });
  for (const name of ['Hold music', 'Welcome']) instance.addPrompt(name);
  instance.addLambdaFunction('isHoliday');
  instance.addLambdaFunction('lookupCustomer');
  return instance;
}

function sampleUnits(greeting = 'Welcome', closedText = 'We are closed.'): PublishUnit[] {
  return [mainFlow(greeting), afterHoursFlow(closedText), verifyModule()].map((definition) =>
    unitFromFlow(definition, { file: samples }),
  );
}

function options(instance: EmulatedInstance, units: readonly PublishUnit[]): PublishOptions {
  return { instanceId: instance.id, client, units, backupDirectory: backups };
}

function writes(): string[] {
  return emulator.calls.filter((call) => call.write && call.status === 200).map((c) => c.operation);
}

function contentOf(instance: EmulatedInstance, name: string): Record<string, unknown> {
  const found = instance.flow(name) ?? instance.module(name);
  return JSON.parse(found!.content) as Record<string, unknown>;
}

function parameters(instance: EmulatedInstance, name: string): Record<string, unknown>[] {
  const actions = contentOf(instance, name)['Actions'] as { Parameters: Record<string, unknown> }[];
  return actions.map((action) => action.Parameters);
}

describe('publish to an emulated instance', () => {
  test('first deploy: creates the module, then the flows, with the instance ARNs', async () => {
    const instance = seededInstance();
    const events: PublishProgress[] = [];
    const result = await publish({
      ...options(instance, sampleUnits()),
      onProgress: (e) => void events.push(e),
    });

    expect(result.outcome).toBe('published');
    expect(result.units.map((u) => [u.name, u.action, u.outcome])).toEqual([
      ['Verify caller', 'create', 'created'],
      ['After hours', 'create', 'created'],
      ['Main IVR', 'create', 'created'],
    ]);
    expect(writes()).toEqual(['CreateContactFlowModule', 'CreateContactFlow', 'CreateContactFlow']);
    const main = instance.flow('Main IVR')!;
    expect(main.content).not.toContain('{{');
    const values = parameters(instance, 'Main IVR').flatMap((p) => Object.values(p));
    expect(values).toEqual(
      expect.arrayContaining([
        instance.queues.find((q) => q.name === 'Sales')!.arn,
        instance.prompts.find((p) => p.name === 'Welcome')!.arn,
        instance.lambdaFunctions.find((f) => f.name === 'isHoliday')!.arn,
        instance.module('Verify caller')!.arn,
        instance.flow('After hours')!.arn,
      ]),
    );
    expect(instance.module('Verify caller')!.settings).toContain('accountId');
    expect(instance.module('Verify caller')!.description).toBe('Marks the caller verified.');
    // Nothing was overwritten, so nothing was saved; the created flows are in the manifest.
    expect(readBackupManifest(result.backupDirectory!).created.map((c) => c.name)).toEqual([
      'Verify caller',
      'After hours',
      'Main IVR',
    ]);
    expect(
      events.filter((e) => e.phase === 'writing').map((e) => [e.unit, e.done, e.total]),
    ).toEqual([
      ['Verify caller', 0, 3],
      ['After hours', 1, 3],
      ['Main IVR', 2, 3],
    ]);
    expect(formatPublishSummary(result)).toContain('3 units: 3 created');
  });

  test('unchanged re-deploy: reads, and writes nothing at all', async () => {
    const instance = seededInstance();
    await publish(options(instance, sampleUnits()));
    emulator.clearCalls();

    const result = await publish(options(instance, sampleUnits()));
    expect(result.units.map((u) => u.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
    expect(result.backupDirectory).toBeUndefined();
    expect(readdirSync(backups)).toHaveLength(1);
  });

  test('re-deploy with changes: updates only what changed, after saving the live content', async () => {
    const instance = seededInstance();
    instance.addPrompt('Hello');
    await publish(options(instance, sampleUnits()));
    const before = instance.flow('Main IVR')!.content;
    emulator.clearCalls();

    const result = await publish(options(instance, sampleUnits('Hello')));
    expect(result.units.map((u) => [u.name, u.outcome])).toEqual([
      ['Verify caller', 'unchanged'],
      ['After hours', 'unchanged'],
      ['Main IVR', 'updated'],
    ]);
    expect(writes()).toEqual(['UpdateContactFlowContent']);
    expect(JSON.stringify(parameters(instance, 'Main IVR'))).toContain(
      instance.prompts.find((p) => p.name === 'Hello')!.arn,
    );
    const manifest = readBackupManifest(result.backupDirectory!);
    expect(manifest).toMatchObject({ instanceId: instance.id, region: 'us-east-1' });
    expect(manifest.entries.map((e) => [e.name, e.type, e.sourceFile])).toEqual([
      ['Main IVR', 'CONTACT_FLOW', samples],
    ]);
    expect(
      readFileSync(join(result.backupDirectory!, manifest.entries[0]!.contentFile), 'utf8'),
    ).toBe(before);

    // And restore puts the saved content back.
    const restored = await restore({ backup: result.backupDirectory!, target: { client } });
    expect(restored.entries.map((e) => e.outcome)).toEqual(['restored']);
    expect(instance.flow('Main IVR')!.content).toBe(before);
  });

  test('dry run: plans and compares with what is live, without writing', async () => {
    const instance = seededInstance();
    await publish(options(instance, sampleUnits()));
    emulator.clearCalls();

    const result = await publish({
      ...options(instance, [
        ...sampleUnits('Welcome', 'Closed for the day.'),
        ...mutualFlows().map((d) => unitFromFlow(d)),
      ]),
      dryRun: true,
    });
    expect(result.outcome).toBe('dry-run');
    expect(result.units.map((u) => [u.name, u.action, u.outcome, u.stub ?? false])).toEqual([
      ['Verify caller', 'unchanged', 'planned', false],
      ['After hours', 'update', 'planned', false],
      ['Support', 'create', 'planned', false],
      ['Billing', 'create', 'planned', true],
      ['Main IVR', 'unchanged', 'planned', false],
    ]);
    const afterHours = result.units.find((u) => u.name === 'After hours')!;
    // The changed text changes the action's identifier: the old action goes, a new one comes.
    expect(formatFlowDiff(afterHours.diff!)).toContain('Closed for the day.');
    expect(result.units.find((u) => u.name === 'Main IVR')!.diff?.equal).toBe(true);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
    expect(readdirSync(backups)).toHaveLength(1);
  });

  test('mutual references: one flow is created with placeholder content, then filled in', async () => {
    const instance = seededInstance();
    const result = await publish(
      options(
        instance,
        mutualFlows().map((d) => unitFromFlow(d)),
      ),
    );

    expect(result.units.map((u) => [u.name, u.outcome, u.stub ?? false])).toEqual([
      ['Support', 'created', false],
      ['Billing', 'created', true],
    ]);
    expect(writes()).toEqual([
      'CreateContactFlow',
      'CreateContactFlow',
      'UpdateContactFlowContent',
    ]);
    const billing = instance.flow('Billing')!;
    const support = instance.flow('Support')!;
    expect(JSON.stringify(parameters(instance, 'Billing'))).toContain(support.arn);
    expect(JSON.stringify(parameters(instance, 'Support'))).toContain(billing.arn);
    expect(billing.content).not.toContain('stub');
  });

  test('a failure in the middle: the others are written, the failed one keeps its content', async () => {
    const instance = seededInstance();
    instance.addPrompt('Hello');
    await publish(options(instance, sampleUnits()));
    const before = Object.fromEntries(
      ['After hours', 'Main IVR'].map((name) => [name, instance.flow(name)!.content]),
    );
    const mainId = instance.flow('Main IVR')!.id;
    emulator.failNext('UpdateContactFlowContent', {
      type: 'InvalidContactFlowException',
      message: 'The flow is not valid.',
      body: {
        problems: [
          { message: 'Invalid Action property value. Path: Actions[1].Parameters.PromptId' },
        ],
      },
      match: (request) => request.params['ContactFlowId'] === mainId,
    });

    const result = await publish(options(instance, sampleUnits('Hello', 'Closed for the day.')));
    expect(result.outcome).toBe('failed');
    expect(result.ok).toBe(false);
    expect(result.units.map((u) => [u.name, u.outcome])).toEqual([
      ['Verify caller', 'unchanged'],
      ['After hours', 'updated'],
      ['Main IVR', 'failed'],
    ]);
    const main = result.units.find((u) => u.name === 'Main IVR')!;
    expect(main.reason).toBe('InvalidContactFlowException: The flow is not valid.');
    const sent = JSON.parse(
      emulator.calls.filter((c) => c.operation === 'UpdateContactFlowContent').at(-1)!.body[
        'Content'
      ] as string,
    ) as { Actions: { Identifier: string }[] };
    expect(main.diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-contact-flow',
        actionId: sent.Actions[1]!.Identifier,
        pointer: '/Actions/1/Parameters/PromptId',
        line: expect.any(Number),
      }),
    ]);
    expect(instance.flow('Main IVR')!.content).toBe(before['Main IVR']);
    expect(instance.flow('After hours')!.content).not.toBe(before['After hours']);
    // Both were saved before the first write, whatever became of them.
    const manifest = readBackupManifest(result.backupDirectory!);
    for (const entry of manifest.entries) {
      expect(readFileSync(join(result.backupDirectory!, entry.contentFile), 'utf8')).toBe(
        before[entry.name],
      );
    }
    expect(manifest.entries.map((e) => e.name).sort()).toEqual(['After hours', 'Main IVR']);
    expect(formatPublishSummary(result)).toMatch(
      /Main IVR\s+CONTACT_FLOW\s+update\s+failed\s+InvalidContactFlowException/,
    );
  });

  test('a failure inside a cycle undoes the cycle: no flow keeps half of a change', async () => {
    const instance = seededInstance();
    await publish(
      options(
        instance,
        mutualFlows().map((d) => unitFromFlow(d)),
      ),
    );
    const before = Object.fromEntries(
      ['Billing', 'Support'].map((name) => [name, instance.flow(name)!.content]),
    );
    const changed = mutualFlows().map((definition) => {
      const unit = unitFromFlow(definition);
      return { ...unit, content: unit.content.replace('"description": ""', '"description": "v2"') };
    });
    // The second write of the cycle is refused.
    const supportId = instance.flow('Support')!.id;
    emulator.failNext('UpdateContactFlowContent', {
      type: 'InvalidParameterException',
      message: 'Content is not valid.',
      match: (request) => request.params['ContactFlowId'] === supportId,
    });

    const result = await publish(options(instance, changed));
    expect(result.units.map((u) => [u.name, u.outcome])).toEqual([
      ['Billing', 'failed'],
      ['Support', 'failed'],
    ]);
    expect(result.units[0]!.reason).toBe(
      'undone as flow "Support" failed in the same cycle of references',
    );
    expect(result.units[1]!.reason).toBe('InvalidParameterException: Content is not valid.');
    expect(writes()).toContain('UpdateContactFlowContent');
    expect(instance.flow('Billing')!.content).toBe(before['Billing']);
    expect(instance.flow('Support')!.content).toBe(before['Support']);
  });

  test('a failure inside a cycle of new flows deletes the flows the run created', async () => {
    const instance = seededInstance();
    // Billing is created with placeholder content, Support after it; filling Billing is refused.
    emulator.failNext('UpdateContactFlowContent', {
      type: 'InvalidContactFlowException',
      message: 'The flow is not valid.',
      body: { problems: [{ message: 'Invalid Action property value. Path: Actions[0]' }] },
    });

    const result = await publish(
      options(
        instance,
        mutualFlows().map((d) => unitFromFlow(d)),
      ),
    );
    expect(result.outcome).toBe('failed');
    expect(result.units.map((u) => [u.name, u.outcome])).toEqual([
      ['Support', 'failed'],
      ['Billing', 'failed'],
    ]);
    expect(writes()).toEqual([
      'CreateContactFlow',
      'CreateContactFlow',
      'DeleteContactFlow',
      'DeleteContactFlow',
    ]);
    expect(instance.flows()).toEqual([]);
    const manifest = readBackupManifest(result.backupDirectory!);
    expect(manifest.created.map((c) => [c.name, c.deleted])).toEqual([
      ['Billing', true],
      ['Support', true],
    ]);

    // Nothing is left behind, so the next run creates both again.
    const again = await publish(
      options(
        instance,
        mutualFlows().map((d) => unitFromFlow(d)),
      ),
    );
    expect(again.units.map((u) => u.outcome)).toEqual(['created', 'created']);
  });

  test('status SAVED creates and updates drafts', async () => {
    const instance = seededInstance();
    const saved = await publish({ ...options(instance, sampleUnits()), status: 'SAVED' });
    expect(saved.outcome).toBe('published');
    expect(instance.flow('Main IVR')).toMatchObject({
      status: 'SAVED',
      publishedContent: undefined,
    });

    const again = await publish({
      ...options(instance, sampleUnits('Welcome', 'Closed.')),
      status: 'SAVED',
    });
    expect(again.units.find((u) => u.name === 'After hours')?.outcome).toBe('updated');
    expect(instance.flow('After hours')!.savedContent).toContain('Closed.');
  });

  test('throttling is retried with backoff', async () => {
    const instance = seededInstance();
    emulator.throttleNext(1, 'ListQueues');
    emulator.throttleNext(2, 'CreateContactFlow');

    const result = await publish(options(instance, sampleUnits()));
    expect(result.outcome).toBe('published');
    expect(emulator.calls.filter((call) => call.status === 429)).toHaveLength(3);
  });

  test('unresolved names refuse the run, each listed with the files that use it', async () => {
    const instance = emulator.addInstance();
    instance.addQueue('Sales');
    const result = await publish(options(instance, sampleUnits()));

    expect(result.outcome).toBe('refused');
    expect(result.problems).toEqual([
      `${samples}: no prompt "Welcome" in the environment or on the instance`,
      `${samples}: no lambdaFunction "isHoliday" in the environment or on the instance`,
    ]);
    expect(emulator.calls.filter((call) => call.write)).toEqual([]);
  });

  test('the environment file wins over the lists, and needs no list call', async () => {
    const instance = emulator.addInstance();
    const environment = {
      queues: { Sales: `${instance.arn}/queue/from-file` },
      prompts: { Welcome: `${instance.arn}/prompt/from-file` },
      lambdaFunctions: { isHoliday: 'arn:aws:lambda:us-east-1:123456789012:function:fromFile' },
    };
    const result = await publish({ ...options(instance, sampleUnits()), environment });
    expect(result.outcome).toBe('published');
    expect(JSON.stringify(parameters(instance, 'Main IVR'))).toContain('fromFile');
    expect(emulator.calls.map((c) => c.operation)).not.toContain('ListQueues');
  });

  test('a unit with validation errors refuses the run before any call', async () => {
    const instance = seededInstance();
    const broken = unitFromDocument(
      '{"Version":"2019-10-30","StartAction":"nowhere","Metadata":{"name":"Broken"},"Actions":[]}',
      { file: 'flows/broken.json' },
    );
    const result = await publish(options(instance, [...sampleUnits(), broken]));
    expect(result.outcome).toBe('refused');
    expect(result.units.find((u) => u.name === 'Broken')?.outcome).toBe('invalid');
    expect(result.problems[0]).toMatch(/^flows\/broken\.json: \d+ errors?; nothing was published$/);
    expect(emulator.calls).toEqual([]);
  });

  test('honours AWS_ENDPOINT_URL_CONNECT with the default credential chain', async () => {
    const instance = seededInstance();
    const variables: Record<string, string | undefined> = {
      AWS_ENDPOINT_URL_CONNECT: emulator.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
    };
    const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
    const apply = (values: Record<string, string | undefined>) => {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    };
    apply(variables);
    try {
      const result = await publish({
        instanceId: instance.id,
        region: 'us-east-1',
        units: sampleUnits(),
        dryRun: true,
      });
      expect(result.units.map((u) => u.action)).toEqual(['create', 'create', 'create']);
    } finally {
      apply(saved);
    }
  });
});

describe('pull, then publish to another instance', () => {
  test('the flows arrive equivalent, with the second instance ARNs', async () => {
    const source = seededInstance();
    const target = seededInstance({ region: 'eu-west-2', accountId: '210987654321' });
    await publish(
      options(source, [...sampleUnits(), ...mutualFlows().map((d) => unitFromFlow(d))]),
    );
    source.addFlow({ name: 'Console only', type: 'CUSTOMER_QUEUE' });

    const pulled = await pull({
      instanceId: source.id,
      client,
      name: ['*'],
      type: ['CONTACT_FLOW', 'FLOW_MODULE'],
    });
    expect(pulled.flows.map((f) => [f.name, f.flowType])).toEqual([
      ['Verify caller', 'FLOW_MODULE'],
      ['After hours', 'CONTACT_FLOW'],
      ['Billing', 'CONTACT_FLOW'],
      ['Main IVR', 'CONTACT_FLOW'],
      ['Support', 'CONTACT_FLOW'],
    ]);
    for (const flow of pulled.flows) expect(flow.content).not.toContain(source.id);
    // Every kind of resource was listed: none is left with its ARNs for want of a listing.
    expect(pulled.warnings).toEqual([]);
    expect(pulled.environment).toEqual({
      queues: { Sales: source.queues.find((q) => q.name === 'Sales')!.arn },
      prompts: { Welcome: source.prompts.find((p) => p.name === 'Welcome')!.arn },
      lambdaFunctions: {
        isHoliday: source.lambdaFunctions.find((f) => f.name === 'isHoliday')!.arn,
      },
      flows: {
        'After hours': source.flow('After hours')!.arn,
        Billing: source.flow('Billing')!.arn,
        Support: source.flow('Support')!.arn,
      },
      flowModules: { 'Verify caller': source.module('Verify caller')!.arn },
    });

    // A pulled flow imports to builder source that names the resources.
    const { source: imported } = await importFlow(
      pulled.flows.find((f) => f.name === 'Main IVR')!.document,
    );
    expect(imported).toContain("queue('Sales')");
    expect(imported).toContain("flowRef('After hours')");

    // The pulled documents, as files would hold them, published unchanged to the other instance.
    const units = pulled.flows.map((flow) =>
      unitFromDocument(flow.content, { file: `pulled/${flow.name}.json`, settings: flow.settings }),
    );
    const result = await publish(options(target, units));
    expect(result.outcome).toBe('published');

    const arnsOf = (instance: EmulatedInstance) =>
      new Map<string, string>([
        ...instance.queues.map((q) => [`queue:${q.name}`, q.arn] as const),
        ...instance.prompts.map((p) => [`prompt:${p.name}`, p.arn] as const),
        ...instance.lambdaFunctions.map((f) => [`lambda:${f.name}`, f.arn] as const),
        ...instance.flows().map((f) => [`flow:${f.name}`, f.arn] as const),
        ...instance.modules().map((m) => [`module:${m.name}`, m.arn] as const),
      ]);
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
    for (const flow of pulled.flows) {
      const { Actions, StartAction } = contentOf(source, flow.name);
      const published = contentOf(target, flow.name);
      expect({ StartAction: published['StartAction'], Actions: published['Actions'] }).toEqual(
        mapped({ StartAction, Actions }),
      );
      expect(JSON.stringify(published)).not.toContain(source.id);
    }
    expect(target.module('Verify caller')!.settings).toEqual(
      source.module('Verify caller')!.settings,
    );
    expect(target.flow('Main IVR')!.type).toBe('CONTACT_FLOW');

    // Pulled again from the second instance, the same documents come back: the names travel.
    const again = await pull({ instanceId: target.id, client });
    expect(again.flows.map((f) => f.content)).toEqual(pulled.flows.map((f) => f.content));
  });
});

describe('pull', () => {
  test('names task templates, as every other kind, from their listing', async () => {
    const instance = emulator.addInstance();
    const template = instance.addTaskTemplate('Call back');
    instance.addFlow({
      name: 'Make task',
      content: {
        Version: '2019-10-30',
        StartAction: 'task',
        Actions: [
          {
            Identifier: 'task',
            Type: 'CreateTask',
            Parameters: { TaskTemplateId: template.arn, Name: 'Call back' },
            Transitions: {},
          },
        ],
      },
    });
    const pulled = await pull({ instanceId: instance.id, client });
    expect(pulled.warnings).toEqual([]);
    expect(pulled.flows[0]?.content).toContain('"TaskTemplateId": "{{taskTemplate:Call back}}"');
    expect(pulled.environment).toEqual({ taskTemplates: { 'Call back': template.arn } });
  });
});
