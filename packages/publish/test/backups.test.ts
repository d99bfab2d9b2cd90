import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  BackupError,
  BackupRun,
  backupFolderName,
  readBackupManifest,
  restore,
  type ConnectGateway,
  type LiveContent,
} from '../src/index.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'contactflow-backups-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const startedAt = new Date(Date.UTC(2025, 0, 31, 9, 30, 5, 120));
const run = () => new BackupRun(root, { instanceId: 'inst-1', region: 'eu-west-2', startedAt });

describe('BackupRun', () => {
  test('names the folder by its time, with no character a file system refuses', () => {
    expect(backupFolderName(startedAt)).toBe('2025-01-31T09-30-05.120Z');
    expect(backupFolderName(startedAt)).toMatch(/^[0-9A-Za-z.-]+$/);
  });

  test('makes no folder until something is saved', () => {
    const backup = run();
    expect(backup.directory).toBeUndefined();
    expect(readdirSync(root)).toEqual([]);
  });

  test('saves content, settings and a manifest a later run reads back', () => {
    const backup = run();
    backup.save({
      kind: 'flow',
      id: 'f-1',
      arn: 'arn:f-1',
      name: 'Main IVR: "prod"/east',
      type: 'CONTACT_FLOW',
      content: '{"Actions":[]}',
      sourceFile: 'flows/main.flow.ts',
    });
    backup.save({
      kind: 'module',
      id: 'm-1',
      arn: 'arn:m-1',
      name: 'Payments',
      type: 'FLOW_MODULE',
      content: '{"Actions":[1]}',
      settings: '{"InputParameters":[]}',
    });
    backup.recordCreated({
      kind: 'flow',
      id: 'f-2',
      arn: 'arn:f-2',
      name: 'New',
      type: 'CONTACT_FLOW',
    });
    backup.recordDeleted('f-2');

    expect(backup.directory).toBe(join(root, '2025-01-31T09-30-05.120Z'));
    const manifest = readBackupManifest(backup.directory!);
    expect(manifest).toEqual({
      format: 'contactflow-backup/1',
      instanceId: 'inst-1',
      region: 'eu-west-2',
      createdAt: '2025-01-31T09:30:05.120Z',
      entries: [
        {
          kind: 'flow',
          id: 'f-1',
          arn: 'arn:f-1',
          name: 'Main IVR: "prod"/east',
          type: 'CONTACT_FLOW',
          contentFile: 'flows/main-ivr-prod-east.f-1.json',
          sourceFile: 'flows/main.flow.ts',
        },
        {
          kind: 'module',
          id: 'm-1',
          arn: 'arn:m-1',
          name: 'Payments',
          type: 'FLOW_MODULE',
          contentFile: 'modules/payments.m-1.json',
          settingsFile: 'modules/payments.m-1.settings.json',
        },
      ],
      created: [
        {
          kind: 'flow',
          id: 'f-2',
          arn: 'arn:f-2',
          name: 'New',
          type: 'CONTACT_FLOW',
          deleted: true,
        },
      ],
    });
    const read = (file: string) => readFileSync(join(backup.directory!, file), 'utf8');
    expect(read('flows/main-ivr-prod-east.f-1.json')).toBe('{"Actions":[]}');
    expect(read('modules/payments.m-1.settings.json')).toBe('{"InputParameters":[]}');
  });

  test('two runs that start at the same moment get two folders', () => {
    const first = run();
    const second = run();
    first.recordCreated({ kind: 'flow', id: 'a', arn: 'a', name: 'a', type: 'CONTACT_FLOW' });
    second.recordCreated({ kind: 'flow', id: 'b', arn: 'b', name: 'b', type: 'CONTACT_FLOW' });
    expect(readdirSync(root).sort()).toEqual([
      '2025-01-31T09-30-05.120Z',
      '2025-01-31T09-30-05.120Z-2',
    ]);
  });
});

describe('readBackupManifest', () => {
  test('refuses a folder without a manifest, in one line', () => {
    expect(() => readBackupManifest(root)).toThrow(
      new BackupError(`${root}: not a backup folder (no manifest.json)`),
    );
  });

  test('refuses a manifest of another shape', () => {
    writeFileSync(join(root, 'manifest.json'), '{"format":"other"}');
    expect(() => readBackupManifest(root)).toThrow(/not a contactflow-backup\/1 manifest/);
  });
});

/** Flows and modules in memory, with the operations restore uses. */
function memoryGateway(instanceId: string, items: Map<string, LiveContent>) {
  const writes: string[] = [];
  const gateway = {
    instanceId,
    region: async () => 'eu-west-2',
    describeFlow: async (id: string) => items.get(id)!,
    describeModule: async (id: string) => items.get(id)!,
    updateFlowContent: async (id: string, content: string) => {
      if (id === 'broken') throw new Error('socket hang up');
      writes.push(id);
      items.set(id, { ...items.get(id)!, content });
    },
    updateModuleContent: async (id: string, content: string, settings: string | undefined) => {
      writes.push(id);
      items.set(id, { ...items.get(id)!, content, settings });
    },
  } as unknown as ConnectGateway;
  return { gateway, writes };
}

describe('restore', () => {
  test('writes back what changed, saves what it overwrites, and goes on after a failure', async () => {
    const backup = run();
    const save = (id: string, kind: 'flow' | 'module', content: string, settings?: string) =>
      backup.save({
        kind,
        id,
        arn: `arn:${id}`,
        name: id,
        type: 'CONTACT_FLOW',
        content,
        settings,
      });
    save('changed', 'flow', '{"v":1}');
    save('same', 'flow', '{"v":1,"w":2}');
    save('broken', 'flow', '{"v":1}');
    save('module', 'module', '{"v":1}', '{"s":1}');

    const items = new Map<string, LiveContent>(
      [
        ['changed', '{"v":2}'],
        ['same', '{ "w": 2, "v": 1 }'],
        ['broken', '{"v":2}'],
        ['module', '{"v":1}'],
      ].map(([id, content]) => [id!, { id: id!, arn: `arn:${id}`, name: id!, content: content! }]),
    );
    items.set('module', { ...items.get('module')!, settings: '{"s":2}' });
    const { gateway, writes } = memoryGateway('inst-1', items);

    const result = await restore({ backup: backup.directory!, target: { gateway } });
    expect(result.entries.map((e) => [e.entry.id, e.outcome, e.reason])).toEqual([
      ['changed', 'restored', undefined],
      ['same', 'unchanged', undefined],
      ['broken', 'failed', 'socket hang up'],
      ['module', 'restored', undefined],
    ]);
    expect(result.ok).toBe(false);
    expect(writes).toEqual(['changed', 'module']);
    expect(items.get('changed')?.content).toBe('{"v":1}');
    expect(items.get('module')?.settings).toBe('{"s":1}');
    // What restore overwrote is itself saved, in a run folder beside the restored one.
    const safety = readBackupManifest(result.backupDirectory!);
    expect(safety.entries.map((e) => e.id)).toEqual(['changed', 'broken', 'module']);
    expect(
      readFileSync(join(result.backupDirectory!, safety.entries[0]!.contentFile), 'utf8'),
    ).toBe('{"v":2}');
  });

  test('a dry run compares with what is live and writes nothing', async () => {
    const backup = run();
    const saved = '{"Actions":[{"Identifier":"a","Type":"DisconnectParticipant"}]}';
    for (const id of ['changed', 'same']) {
      backup.save({
        kind: 'flow',
        id,
        arn: `arn:${id}`,
        name: id,
        type: 'CONTACT_FLOW',
        content: saved,
      });
    }
    backup.recordCreated({
      kind: 'flow',
      id: 'new',
      arn: 'arn:new',
      name: 'new',
      type: 'CONTACT_FLOW',
    });
    const items = new Map<string, LiveContent>([
      [
        'changed',
        { id: 'changed', arn: 'arn:changed', name: 'changed', content: '{"Actions":[]}' },
      ],
      ['same', { id: 'same', arn: 'arn:same', name: 'same', content: saved }],
    ]);
    const { gateway, writes } = memoryGateway('inst-1', items);

    const result = await restore({ backup: backup.directory!, target: { gateway }, dryRun: true });
    expect(result.entries.map((e) => [e.entry.id, e.outcome])).toEqual([
      ['changed', 'planned'],
      ['same', 'unchanged'],
    ]);
    expect(result.entries[0]?.diff?.actions.map((a) => [a.identifier, a.kind])).toEqual([
      ['a', 'added'],
    ]);
    expect(result.created.map((c) => c.name)).toEqual(['new']);
    expect(writes).toEqual([]);
    expect(result.backupDirectory).toBeUndefined();
    expect(readdirSync(root)).toHaveLength(1);
  });

  test('refuses to write a backup into another instance', async () => {
    const backup = run();
    backup.save({
      kind: 'flow',
      id: 'f',
      arn: 'arn:f',
      name: 'f',
      type: 'CONTACT_FLOW',
      content: '{}',
    });
    const { gateway } = memoryGateway('inst-2', new Map());
    await expect(restore({ backup: backup.directory!, target: { gateway } })).rejects.toThrow(
      /saved from instance inst-1, not inst-2/,
    );
  });
});
