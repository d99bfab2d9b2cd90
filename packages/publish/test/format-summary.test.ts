import { expect, test } from 'vitest';
import { formatPublishSummary, type PublishResult } from '../src/index.js';

test('a summary table, the counts and the backup folder', () => {
  const result: PublishResult = {
    outcome: 'failed',
    ok: false,
    instanceId: 'i-1',
    unresolved: [],
    problems: [],
    backupDirectory: '.contactflow/backups/2025-01-31T09-30-00.000Z',
    units: [
      {
        name: 'Payments',
        flowType: 'FLOW_MODULE',
        action: 'create',
        outcome: 'created',
        diagnostics: [],
      },
      {
        name: 'Main IVR',
        flowType: 'CONTACT_FLOW',
        action: 'update',
        outcome: 'failed',
        reason: 'ThrottlingException: Rate exceeded',
        diagnostics: [],
      },
      {
        name: 'Hold',
        flowType: 'CUSTOMER_HOLD',
        action: 'unchanged',
        outcome: 'unchanged',
        diagnostics: [],
      },
    ],
  };
  expect(formatPublishSummary(result)).toBe(
    [
      'NAME      TYPE           PLAN       RESULT     DETAIL',
      'Payments  FLOW_MODULE    create     created',
      'Main IVR  CONTACT_FLOW   update     failed     ThrottlingException: Rate exceeded',
      'Hold      CUSTOMER_HOLD  unchanged  unchanged',
      '',
      '3 units: 1 created, 1 unchanged, 1 failed',
      'Saved content and manifest: .contactflow/backups/2025-01-31T09-30-00.000Z',
      '',
    ].join('\n'),
  );
});
