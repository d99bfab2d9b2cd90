import { palette } from '../color.js';
import type { FlowCoverage, ScenarioRun } from './run-scenario-files.js';

/** The cases counted, for the summary line and the JSON report. */
export interface CaseCounts {
  readonly files: number;
  readonly cases: number;
  readonly passed: number;
  readonly failed: number;
}

/**
 * How many files and cases ran, and how many cases passed and failed.
 *
 * @example
 * ```ts
 * import { caseCounts } from './format-test-report.js';
 * caseCounts({ files: [], coverage: [], unreadable: [] }); // { files: 0, cases: 0, passed: 0, failed: 0 }
 * ```
 */
export function caseCounts(run: ScenarioRun): CaseCounts {
  const cases = run.files.flatMap((file) => file.cases);
  const passed = cases.filter((entry) => entry.passed).length;
  return { files: run.files.length, cases: cases.length, passed, failed: cases.length - passed };
}

/**
 * The share of a flow's branches the cases took, in percent; 100 for a flow without branches.
 *
 * @example
 * ```ts
 * import { coveragePercent } from './format-test-report.js';
 * coveragePercent({ name: 'Main', file: 'main.json', covered: 3, total: 4, untaken: [] }); // 75
 * ```
 */
export function coveragePercent(coverage: FlowCoverage): number {
  return coverage.total === 0 ? 100 : (coverage.covered / coverage.total) * 100;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * The report for people, like a test runner's: per file its cases, passed or failed, with each
 * expectation not met (expected and actual) or why the run stopped; a summary line; then the
 * branch coverage of each flow and the branches no case took. Marks are ✓ and ✗ in colour, and
 * plain `PASS` and `FAIL` where colour is off (not a terminal, or `NO_COLOR`).
 *
 * @example
 * ```ts
 * import { formatTestReport } from './format-test-report.js';
 * formatTestReport({ files: [], coverage: [], unreadable: [] }, { color: false }); // '0 cases in 0 files\n'
 * ```
 */
export function formatTestReport(run: ScenarioRun, options: { readonly color: boolean }): string {
  const style = palette(options.color);
  const pass = options.color ? style.cyan('✓') : 'PASS';
  const fail = options.color ? style.red('✗') : 'FAIL';
  const lines: string[] = [];
  for (const file of run.files) {
    lines.push(`${style.bold(file.file)} ${style.dim(`(${file.flow})`)}`);
    for (const entry of file.cases) {
      lines.push(
        `  ${entry.passed ? pass : fail} ${entry.passed ? entry.name : style.red(entry.name)}`,
      );
      if (entry.error !== undefined) {
        lines.push(`      ${style.red('cannot run:')} ${entry.error.message}`);
      }
      for (const failure of entry.failures) {
        lines.push(`      ${failure.what}: expected ${failure.expected}`);
        lines.push(`      ${' '.repeat(failure.what.length)}       got ${failure.actual}`);
      }
    }
    lines.push('');
  }
  const counts = caseCounts(run);
  const outcome =
    counts.failed === 0
      ? `${counts.passed} passed`
      : `${counts.passed} passed, ${style.red(`${counts.failed} failed`)}`;
  const summary = `${plural(counts.cases, 'case')} in ${plural(counts.files, 'file')}`;
  lines.push(counts.cases === 0 ? summary : `${summary}: ${outcome}`);
  if (run.coverage.length > 0) {
    lines.push('', style.bold('Branch coverage'));
    for (const flow of run.coverage) {
      const percent = `${coveragePercent(flow).toFixed(1)}%`;
      lines.push(
        `  ${flow.name} ${style.dim(`(${flow.file})`)}: ${flow.covered}/${flow.total} branches, ${percent}`,
      );
      if (flow.untaken.length > 0) lines.push(`    ${style.yellow('not taken:')}`);
      for (const branch of flow.untaken) {
        lines.push(`      ${branch.action} (${branch.type}): ${branch.branch}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The report for tools: every file's cases with their failures and outcomes, the counts, and the
 * coverage of each flow, as JSON.
 *
 * @example
 * ```ts
 * import { formatTestReportJson } from './format-test-report.js';
 * JSON.parse(formatTestReportJson({ files: [], coverage: [], unreadable: [] })).summary.cases; // 0
 * ```
 */
export function formatTestReportJson(run: ScenarioRun): string {
  const report = {
    files: run.files,
    summary: caseCounts(run),
    coverage: run.coverage.map((flow) => ({
      ...flow,
      percent: Math.round(coveragePercent(flow) * 10) / 10,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
