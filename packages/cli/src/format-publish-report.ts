import { formatPublishSummary, type PublishResult } from '@contactflow/publish';
import type { Diagnostic } from '@contactflow/validator';
import type { FileResult } from './formatters/file-result.js';
import { formatStylish } from './formatters/stylish.js';
import { indentedDiff } from './indented-diff.js';
import { shownPath } from './shown-path.js';

/** How {@link formatPublishReport} writes. */
export interface PublishReportOptions {
  /** Paths under it are shown relative to it. */
  readonly cwd: string;
  readonly color: boolean;
  /** The input files in the order given, so that problems are listed in that order. */
  readonly files: readonly string[];
  /** Shown before asking whether to publish: a dry run's plan, without saying that it was one. */
  readonly asPlan?: boolean | undefined;
}

/** Every unit's diagnostics under its file; a file with several flows names the flow in each. */
function diagnosticsByFile(result: PublishResult, files: readonly string[]): FileResult[] {
  const byFile = new Map<string, { name: string; diagnostics: readonly Diagnostic[] }[]>();
  for (const unit of result.units) {
    const file = unit.file ?? `flow "${unit.name}"`;
    byFile.set(file, [...(byFile.get(file) ?? []), unit]);
  }
  const order = (file: string) => {
    const index = files.indexOf(file);
    return index === -1 ? files.length : index;
  };
  return [...byFile.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([file, units]) => ({
      file,
      diagnostics: units.flatMap((unit) =>
        units.length === 1
          ? unit.diagnostics
          : unit.diagnostics.map((d) => ({ ...d, message: `${unit.name}: ${d.message}` })),
      ),
    }));
}

/** The semantic diff of each unit whose content differs from what is live, for a dry run. */
function changes(result: PublishResult, color: boolean): string {
  return result.units
    .filter((unit) => unit.diff !== undefined && !unit.diff.equal)
    .map((unit) => indentedDiff(`${unit.name} (${unit.flowType}), live -> new:`, unit.diff!, color))
    .join('');
}

/**
 * What `publish` prints on standard output: the problems found in the flows (validation, and what
 * the service refused, at the source lines), the summary table with the run's counts and backup
 * folder, and in a dry run the semantic diff of each flow against what is live.
 *
 * @example
 * ```ts
 * import type { PublishResult } from '@contactflow/publish';
 * import { formatPublishReport } from './format-publish-report.js';
 * declare const result: PublishResult;
 * process.stdout.write(formatPublishReport(result, { cwd: process.cwd(), color: false, files: [] }));
 * ```
 */
export function formatPublishReport(result: PublishResult, options: PublishReportOptions): string {
  const problems = formatStylish(diagnosticsByFile(result, options.files), {
    color: options.color,
  });
  const summary = formatPublishSummary({
    ...result,
    ...(result.backupDirectory !== undefined && {
      backupDirectory: shownPath(result.backupDirectory, options.cwd),
    }),
  });
  const dryRun =
    result.outcome !== 'dry-run'
      ? ''
      : options.asPlan === true
        ? changes(result, options.color)
        : `${changes(result, options.color)}\nDry run: nothing was written to instance ${result.instanceId}.\n`;
  return `${problems === '' ? '' : `${problems}\n`}${summary}${dryRun}`;
}
