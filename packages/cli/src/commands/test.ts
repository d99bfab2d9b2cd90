import type { CommandOutcome } from '../command-outcome.js';
import { collectFiles } from '../collect-files.js';
import type { CommandContext } from '../program.js';
import {
  coveragePercent,
  formatTestReport,
  formatTestReportJson,
} from '../scenarios/format-test-report.js';
import { runScenarioFiles } from '../scenarios/run-scenario-files.js';
import { scenarioFileEndings } from '../scenarios/scenario-file-schema.js';
import { UsageError } from '../usage-error.js';

/** Options of the test command as parsed from the command line. */
export interface TestOptions {
  /** `text` (the default) for people, `json` for tools. */
  readonly format?: string;
  /** The branch coverage, in percent, every flow must reach. */
  readonly coverageMin?: string;
}

const formats = ['text', 'json'];

function coverageMinOf(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  const percent = Number(option);
  if (option.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new UsageError(`--coverage-min must be a percentage from 0 to 100, not "${option}"`);
  }
  return percent;
}

/**
 * Runs scenario files (`*.scenario.json`, `*.scenario.yaml`) in the simulator and reports each
 * case like a test runner, then the branch coverage of every flow the cases ran. Exit code 0 when
 * every case passes (and every flow reaches `--coverage-min`), 1 otherwise, 2 when a file cannot
 * be read, breaks the scenario file schema or names a flow that cannot be loaded (the other files
 * still run). Directories are searched for scenario files; without paths, the working directory is.
 *
 * @example
 * ```ts
 * import { testCommand } from './test.js';
 * const { exitCode } = await testCommand(['examples/scenarios'], {}, { cwd: '.', color: false });
 * ```
 */
export async function testCommand(
  paths: readonly string[],
  options: TestOptions,
  context: CommandContext,
): Promise<CommandOutcome> {
  const format = options.format ?? 'text';
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of ${formats.join(', ')}`);
  }
  const coverageMin = coverageMinOf(options.coverageMin);
  const unread: UsageError[] = [];
  const given = paths.length === 0 ? ['.'] : paths;
  const files = collectFiles(given, context.cwd, {
    directoryEndings: scenarioFileEndings,
    onProblem: (message) => unread.push(new UsageError(message)),
  });
  if (files.length === 0 && unread.length === 0) {
    throw new UsageError(
      `no scenario files (${scenarioFileEndings.map((ending) => `*${ending}`).join(', ')}) in ${given.join(', ')}`,
    );
  }
  const run = await runScenarioFiles(files, context.cwd);
  unread.push(...run.unreadable);
  const failed = run.files.some((file) => file.cases.some((entry) => !entry.passed));
  const short =
    coverageMin === undefined
      ? []
      : run.coverage.filter((flow) => coveragePercent(flow) < coverageMin);
  const messages = short
    .map(
      (flow) =>
        `contactflow: branch coverage of ${flow.name} (${flow.file}) is ${coveragePercent(flow).toFixed(1)}%, below --coverage-min ${coverageMin}\n`,
    )
    .join('');
  return {
    // With every file unreadable there is nothing to report but their errors.
    output:
      format === 'json'
        ? formatTestReportJson(run)
        : run.files.length === 0
          ? ''
          : formatTestReport(run, context),
    ...(messages !== '' && { messages }),
    ...(unread.length > 0 && { unreadable: unread }),
    exitCode: unread.length > 0 ? 2 : failed || short.length > 0 ? 1 : 0,
  };
}
