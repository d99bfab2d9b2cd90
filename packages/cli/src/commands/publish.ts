import { resolve } from 'node:path';
import {
  publish,
  validateUnit,
  type PublishOptions,
  type PublishResult,
} from '@contactflow/publish';
import type { CommandOutcome } from '../command-outcome.js';
import { applyRuleSettings, lintSettings } from '../config/file-settings.js';
import { loadConfig } from '../config/load-config.js';
import { placeholderSyntaxes } from '../config/placeholder-syntaxes.js';
import { environmentFileOf } from '../environment-option.js';
import { formatPublishReport } from '../format-publish-report.js';
import type { CommandContext } from '../program.js';
import { progressLine } from '../publish-progress.js';
import { readEnvironmentFile } from '../read-environment-file.js';
import { readPublishUnits } from '../read-publish-units.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';

/** Options of the publish command as parsed from the command line. */
export interface PublishCommandOptions {
  readonly instanceId: string;
  readonly region?: string | undefined;
  /** An environment file, or NAME for `environments/NAME.json`; its names win over the instance's. */
  readonly env?: string | undefined;
  /** `PUBLISHED` (the default) or `SAVED`. */
  readonly status?: string | undefined;
  readonly dryRun?: boolean | undefined;
  /** Publish without asking. */
  readonly yes?: boolean | undefined;
  readonly config?: string | undefined;
  /** Where run folders of saved content go; `.contactflow/backups`. */
  readonly backupDir?: string | undefined;
}

/** The folder, under the working directory, that holds one folder of saved content per run. */
export const defaultBackupDirectory = '.contactflow/backups';

function statusOf(option: string | undefined): 'PUBLISHED' | 'SAVED' {
  if (option === undefined || option === 'PUBLISHED' || option === 'SAVED') {
    return option ?? 'PUBLISHED';
  }
  throw new UsageError(`unknown status "${option}"; expected PUBLISHED or SAVED`);
}

/**
 * Publishes flows and modules (`*.flow.ts` sources and Flow-language JSON files) to an Amazon
 * Connect instance through the AWS SDK (credentials, region and endpoint as the SDK finds them):
 * refuses a flow template whose placeholders were not rendered (a {@link UsageError} naming the
 * file and the placeholder), validates every flow and refuses the run when one has errors, resolves references from the
 * environment file and else the instance, and writes in dependency order after saving what it
 * overwrites. A dry run prints the plan with the semantic diff of each flow against what is live.
 *
 * Without `yes`, it asks on the terminal after printing the plan; with no terminal to ask on it
 * refuses (a {@link UsageError}) before reading anything. Exit code 0 when every flow is created,
 * updated or unchanged (and for a dry run that could be applied), 1 otherwise.
 *
 * @example
 * ```ts
 * import { publishCommand } from './publish.js';
 * const { output, exitCode } = await publishCommand(
 *   ['flows'],
 *   { instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', dryRun: true },
 *   { cwd: '.', color: false },
 * );
 * ```
 */
export async function publishCommand(
  paths: readonly string[],
  options: PublishCommandOptions,
  context: CommandContext,
  terminal: Terminal = processTerminal(),
): Promise<CommandOutcome> {
  const { cwd } = context;
  const status = statusOf(options.status);
  const dryRun = options.dryRun === true;
  if (!dryRun && options.yes !== true && terminal.ask === undefined) {
    throw new UsageError(
      `publish writes to instance ${options.instanceId} and asks first, but there is no terminal to ask on; pass --yes to publish without asking, or --dry-run to see the plan`,
    );
  }
  const environment =
    options.env === undefined
      ? undefined
      : readEnvironmentFile(environmentFileOf(options.env), cwd);
  const loaded = loadConfig(options.config, cwd);
  const settings = lintSettings(loaded, {}, cwd);
  // A template whose placeholders were not rendered is refused here, before anything is sent.
  const units = await readPublishUnits(paths, cwd, placeholderSyntaxes(loaded));
  const files = [...new Set(units.flatMap((unit) => (unit.file === undefined ? [] : [unit.file])))];

  const base: PublishOptions = {
    instanceId: options.instanceId,
    ...(options.region !== undefined && { region: options.region }),
    units,
    environment,
    status,
    backupDirectory: resolve(cwd, options.backupDir ?? defaultBackupDirectory),
    // The configuration's severities apply as they do to lint and build.
    validate: (unit) =>
      applyRuleSettings(validateUnit(unit), settings.forFile(unit.file ?? unit.name).rules),
    onProgress: (event) => terminal.progress?.(progressLine(event)),
  };
  const report = (result: PublishResult): CommandOutcome => ({
    output: formatPublishReport(result, { cwd, color: context.color, files }),
    exitCode: result.ok ? 0 : 1,
  });
  const run = async (dry: boolean) => {
    try {
      return await publish({ ...base, dryRun: dry });
    } finally {
      terminal.progress?.(undefined);
    }
  };

  if (dryRun || options.yes === true) return report(await run(dryRun));

  const plan = await run(true);
  const creates = plan.units.filter((unit) => unit.action === 'create').length;
  const updates = plan.units.filter((unit) => unit.action === 'update').length;
  if (!plan.ok || creates + updates === 0) return report(plan.ok ? await run(false) : plan);
  const confirmed = await terminal.ask!(
    formatPublishReport(plan, { cwd, color: context.color, files, asPlan: true }),
    `Publish to instance ${plan.instanceId}: ${creates} to create, ${updates} to update. Go ahead?`,
  );
  if (!confirmed) {
    return { output: '', messages: 'Not published: nothing was written.\n', exitCode: 1 };
  }
  return report(await run(false));
}
