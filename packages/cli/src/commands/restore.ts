import { resolve } from 'node:path';
import { BackupError, readBackupManifest, restore, type RestoreResult } from '@contactflow/publish';
import type { CommandOutcome } from '../command-outcome.js';
import type { CommandContext } from '../program.js';
import { formatTable } from '../format-table.js';
import { indentedDiff } from '../indented-diff.js';
import { shownPath } from '../shown-path.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** Options of the restore command as parsed from the command line. */
export interface RestoreCommandOptions {
  /** The region of the instance, when the manifest does not say it. */
  readonly region?: string | undefined;
  readonly dryRun?: boolean | undefined;
  /** Restore without asking. */
  readonly yes?: boolean | undefined;
}

function report(result: RestoreResult, backup: string, cwd: string, color: boolean): string {
  const rows = [
    ['NAME', 'TYPE', 'RESULT', 'DETAIL'],
    ...result.entries.map(({ entry, outcome, reason }) => [
      entry.name,
      entry.type,
      outcome,
      reason ?? '',
    ]),
  ];
  const diffs = result.entries
    .filter((e) => e.outcome === 'planned' && e.diff !== undefined && !e.diff.equal)
    .map((e) => indentedDiff(`${e.entry.name} (${e.entry.type}), live -> saved:`, e.diff!, color))
    .join('');
  const counts = (['restored', 'unchanged', 'planned', 'failed'] as const)
    .map(
      (outcome) => [outcome, result.entries.filter((e) => e.outcome === outcome).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`);
  const total = result.entries.length;
  const footer = [
    `${total} saved ${total === 1 ? 'flow or module' : 'flows and modules'} in ${backup}${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`,
    ...result.created.map(
      (created) =>
        `${created.name} (${created.type}): created by that run; left in place (delete it in the console if it is not wanted)`,
    ),
    ...(result.backupDirectory !== undefined
      ? [`Saved the content it replaced: ${shownPath(result.backupDirectory, cwd)}`]
      : []),
  ];
  return `${formatTable(rows)}${diffs}\n${footer.map((line) => `${line}\n`).join('')}`;
}

/**
 * Puts back the flows and modules a publish run saved in a backup folder (the one with
 * `manifest.json`), on the instance the manifest names, saving first what it overwrites in a new
 * folder beside it. Flows the run created are left in place and listed. A dry run compares the saved
 * content with what is live and writes nothing. Without `yes` it asks on the terminal after showing
 * the plan, and refuses with no terminal to ask on. Exit code 1 when an entry could not be restored.
 *
 * @example
 * ```ts
 * import { restoreCommand } from './restore.js';
 * const { exitCode } = await restoreCommand(
 *   '.contactflow/backups/2025-01-31T09-30-00.000Z',
 *   { dryRun: true },
 *   { cwd: '.', color: false },
 * );
 * ```
 */
export async function restoreCommand(
  backup: string,
  options: RestoreCommandOptions,
  context: CommandContext,
  terminal: Terminal = processTerminal(),
): Promise<CommandOutcome> {
  const { cwd } = context;
  const directory = resolve(cwd, backup);
  const dryRun = options.dryRun === true;
  let instanceId: string;
  try {
    instanceId = readBackupManifest(directory).instanceId;
  } catch (error) {
    if (error instanceof BackupError)
      throw new UsageError(error.message.replaceAll(directory, backup));
    throw error;
  }
  if (!dryRun && options.yes !== true && terminal.ask === undefined) {
    throw new UsageError(
      `restore writes to instance ${instanceId} and asks first, but there is no terminal to ask on; pass --yes to restore without asking, or --dry-run to see the plan`,
    );
  }
  const run = async (dry: boolean) => {
    try {
      return await restore({
        backup: directory,
        ...(options.region !== undefined && { target: { region: options.region } }),
        dryRun: dry,
      });
    } catch (error) {
      if (error instanceof BackupError)
        throw new UsageError(error.message.replaceAll(directory, backup));
      throw error;
    }
  };
  const outcome = (result: RestoreResult): CommandOutcome => ({
    output: report(result, backup, cwd, context.color),
    exitCode: result.ok ? 0 : 1,
  });

  if (dryRun || options.yes === true) return outcome(await run(dryRun));
  const plan = await run(true);
  const planned = plan.entries.filter((e) => e.outcome === 'planned').length;
  if (!plan.ok || planned === 0) return outcome(plan);
  const confirmed = await terminal.ask!(
    report(plan, backup, cwd, context.color),
    `Restore ${planned} saved ${planned === 1 ? 'flow or module' : 'flows and modules'} on instance ${instanceId}?`,
  );
  if (!confirmed)
    return { output: '', messages: 'Not restored: nothing was written.\n', exitCode: 1 };
  return outcome(await run(false));
}
