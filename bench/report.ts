import { cpus, platform, release, totalmem } from 'node:os';
import type { Measurement } from './measure.js';

/** What a result is held against: a ratio or a duration, and the limit it must stay within. */
export interface Target {
  readonly comparison: '<=' | '<';
  readonly limit: number;
}

/** One figure the bench reports, with its target when it has one. */
export interface Result {
  readonly id: string;
  readonly label: string;
  /** `undefined` when the part was skipped. */
  readonly value: number | undefined;
  readonly unit: 'x' | 'ms';
  /** `undefined` for figures reported for information only. */
  readonly target?: Target;
  readonly status: 'pass' | 'fail' | 'skipped' | 'info';
  /** How the figure is computed, or why it was skipped. */
  readonly note: string;
}

/**
 * A figure held against its target; `value` `undefined` marks the part as skipped, with `note`
 * saying why.
 *
 * @example
 * ```ts
 * import { judged } from './report.js';
 * judged('cold-start', 'CLI cold start', 1.8, 'x', { comparison: '<=', limit: 2 }, 'lint / parse').status; // 'pass'
 * ```
 */
export function judged(
  id: string,
  label: string,
  value: number | undefined,
  unit: Result['unit'],
  target: Target | undefined,
  note: string,
): Result {
  const base = { id, label, value, unit, note, ...(target !== undefined && { target }) };
  if (value === undefined) return { ...base, status: 'skipped' };
  if (target === undefined) return { ...base, status: 'info' };
  const within = target.comparison === '<=' ? value <= target.limit : value < target.limit;
  return { ...base, status: within ? 'pass' : 'fail' };
}

/** The machine a run was made on, so that results from different machines are not compared. */
export interface MachineInfo {
  readonly node: string;
  readonly platform: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
}

/**
 * The machine this process runs on.
 *
 * @example
 * ```ts
 * import { machineInfo } from './report.js';
 * machineInfo().cores; // 2, 8, ...
 * ```
 */
export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    node: process.version,
    platform: `${platform()} ${release()} ${process.arch}`,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}

/** Everything one run of `pnpm bench` found, as `bench/results.json` holds it. */
export interface BenchResults {
  readonly machine: MachineInfo;
  readonly date: string;
  readonly settings: { readonly long: boolean; readonly taskTimeMs: number };
  readonly results: readonly Result[];
  readonly measurements: readonly Measurement[];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

function number(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 0.1) return value.toFixed(2);
  return value.toPrecision(2);
}

/** A result's value with its unit, for the table. */
function shown(value: number | undefined, unit: Result['unit']): string {
  if (value === undefined) return '-';
  return unit === 'x' ? `${number(value)}x` : `${number(value)} ms`;
}

/**
 * The results as readable tables: the figures with their targets, then every measurement.
 *
 * @example
 * ```ts
 * import { machineInfo, renderResults } from './report.js';
 * console.log(
 *   renderResults({ machine: machineInfo(), date: '', settings: { long: false, taskTimeMs: 1000 }, results: [], measurements: [] }),
 * );
 * ```
 */
export function renderResults(results: BenchResults): string {
  const { machine } = results;
  const figures = table(
    ['figure', 'value', 'target', 'status'],
    results.results.map((result) => [
      result.label,
      shown(result.value, result.unit),
      result.target === undefined
        ? '-'
        : `${result.target.comparison} ${shown(result.target.limit, result.unit)}`,
      result.status === 'skipped' ? `skipped (${result.note})` : result.status,
    ]),
  );
  const measurements = table(
    ['measurement', 'median', 'mean', 'min', 'max', 'samples'],
    results.measurements.map((m) => [
      m.unit === undefined ? m.label : `${m.label} (${m.unit})`,
      `${number(m.medianMs)} ms`,
      `${number(m.meanMs)} ms`,
      `${number(m.minMs)} ms`,
      `${number(m.maxMs)} ms`,
      String(m.samples),
    ]),
  );
  return [
    `Node ${machine.node}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}`,
    '',
    figures,
    '',
    measurements,
    '',
  ].join('\n');
}
