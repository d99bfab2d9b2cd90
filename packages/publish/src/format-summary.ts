import type { PublishResult, UnitOutcome, UnitResult } from './publish-result.js';

const outcomeOrder: readonly UnitOutcome[] = [
  'created',
  'updated',
  'unchanged',
  'planned',
  'failed',
  'skipped',
  'invalid',
];

function detailOf(unit: UnitResult): string {
  if (unit.reason !== undefined) return unit.reason;
  if (unit.diff !== undefined && !unit.diff.equal) {
    const count = unit.diff.actions.length;
    const parts = [
      ...(count > 0 ? [`${count} ${count === 1 ? 'action' : 'actions'} differ`] : []),
      ...(unit.diff.flow.length > 0 ? ['start or version differs'] : []),
      ...(unit.diff.settings.length > 0 ? ['settings differ'] : []),
      ...(unit.diff.metadata.length > 0 ? ['name, description or notes differ'] : []),
    ];
    return parts.join(', ');
  }
  if (unit.action === 'update' && unit.diff?.equal === true) return 'layout only';
  return unit.stub === true ? 'created with placeholder content first (cycle of references)' : '';
}

/**
 * The summary table of a publish run for people: one row per unit (name, type, what the plan said,
 * what happened, and why or what differs), then the counts and the backup folder. Plain text,
 * columns padded with spaces, the same text for the same result.
 *
 * ```text
 * NAME      TYPE          PLAN    RESULT   DETAIL
 * Payments  FLOW_MODULE   create  created
 * Main IVR  CONTACT_FLOW  update  failed   InvalidContactFlowException: ...
 *
 * 2 units: 1 created, 1 failed
 * ```
 *
 * @example
 * ```ts
 * import { formatPublishSummary, type PublishResult } from '@contactflow/publish';
 * declare const result: PublishResult;
 * process.stdout.write(formatPublishSummary(result));
 * ```
 */
export function formatPublishSummary(result: PublishResult): string {
  const rows = [
    ['NAME', 'TYPE', 'PLAN', 'RESULT', 'DETAIL'],
    ...result.units.map((unit) => [
      unit.name,
      unit.flowType,
      unit.action ?? '-',
      unit.outcome,
      detailOf(unit),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
  const counts = outcomeOrder
    .map((outcome) => [outcome, result.units.filter((u) => u.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  const total = result.units.length;
  const footer = [
    `${total} ${total === 1 ? 'unit' : 'units'}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
    ...result.problems,
    ...(result.backupDirectory !== undefined
      ? [`Saved content and manifest: ${result.backupDirectory}`]
      : []),
  ];
  return `${lines.join('\n')}\n\n${footer.join('\n')}\n`;
}
