import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  ConnectServiceError,
  publish,
  readBackupManifest,
  type PublishUnit,
} from '../src/index.js';
import { MemoryGateway } from './support/memory-gateway.js';

let backups: string;
beforeEach(() => {
  backups = mkdtempSync(join(tmpdir(), 'contactflow-apply-'));
});
afterEach(() => rmSync(backups, { recursive: true, force: true }));

function flowDocument(target?: string): string {
  const transfer = {
    Identifier: 'go',
    Type: 'TransferToFlow',
    Parameters: { ContactFlowId: `{{flow:${target}}}` },
    Transitions: {
      NextAction: 'bye',
      Errors: [{ ErrorType: 'NoMatchingError', NextAction: 'bye' }],
    },
  };
  const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
  return JSON.stringify({
    Version: '2019-10-30',
    StartAction: target === undefined ? 'bye' : 'go',
    Actions: target === undefined ? [bye] : [transfer, bye],
  });
}

function unit(name: string, target?: string): PublishUnit {
  return { name, flowType: 'CONTACT_FLOW', content: flowDocument(target), file: `${name}.json` };
}

const refused = new ConnectServiceError('InvalidContactFlowException', 'The flow is not valid.', [
  'Invalid Action property value. Path: Actions[0].Parameters.ContactFlowId',
]);

describe('applying a plan', () => {
  test('a cycle of new flows that fails is deleted again, and what needs it is skipped', async () => {
    const gateway = new MemoryGateway();
    gateway.refuse = (operation, name) =>
      operation === 'update' && name === 'A' ? refused : undefined;
    const result = await publish({
      gateway,
      units: [unit('A', 'B'), unit('B', 'A'), unit('C', 'A'), unit('D')],
      backupDirectory: backups,
    });

    expect(gateway.log).toEqual([
      'create A',
      'create B',
      'update A (refused)',
      'delete B',
      'delete A',
      'create D',
    ]);
    expect(result.units.map((u) => [u.name, u.outcome, u.reason])).toEqual([
      ['B', 'failed', 'undone as flow "A" failed in the same cycle of references'],
      ['A', 'failed', 'InvalidContactFlowException: The flow is not valid.'],
      ['C', 'skipped', 'not written: it refers to flow "A", which could not be created'],
      ['D', 'created', undefined],
    ]);
    expect(result.units.find((u) => u.name === 'A')?.diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-contact-flow', actionId: 'go' }),
    ]);
    expect([...gateway.items.values()].map((i) => i.summary.name)).toEqual(['D']);
    expect(readBackupManifest(result.backupDirectory!).created).toEqual([
      expect.objectContaining({ name: 'A', deleted: true }),
      expect.objectContaining({ name: 'B', deleted: true }),
      expect.objectContaining({ name: 'D' }),
    ]);
    expect(result.outcome).toBe('failed');
  });

  test('says so when a flow created with placeholder content cannot be deleted', async () => {
    const gateway = new MemoryGateway();
    gateway.refuse = (operation, name) =>
      operation === 'update' && name === 'A'
        ? refused
        : operation === 'delete' && name === 'A'
          ? new ConnectServiceError('AccessDeniedException', 'not allowed')
          : undefined;
    const result = await publish({
      gateway,
      units: [unit('A', 'B'), unit('B', 'A')],
      backupDirectory: backups,
    });
    expect(result.units.find((u) => u.name === 'A')?.reason).toBe(
      'InvalidContactFlowException: The flow is not valid; it was created by this run and could not be deleted again (AccessDeniedException: not allowed)',
    );
  });

  test('a failed create does not stop what does not need it', async () => {
    const gateway = new MemoryGateway();
    gateway.seedFlow('Existing', flowDocument());
    gateway.refuse = (operation, name) =>
      operation === 'create' && name === 'New'
        ? new ConnectServiceError('LimitExceededException', 'too many flows')
        : undefined;
    const result = await publish({
      gateway,
      units: [unit('New'), unit('Caller', 'Existing'), unit('Existing', 'New')],
      backupDirectory: backups,
    });
    expect(result.units.map((u) => [u.name, u.outcome])).toEqual([
      ['New', 'failed'],
      ['Existing', 'skipped'],
      ['Caller', 'created'],
    ]);
  });
});
