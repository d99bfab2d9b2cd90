import { resolve } from 'node:path';
import type { FlowDefinition } from '@contactflow/dsl';
import { inputFileProblem } from './input-file-problem.js';
import { rebuildFlow } from './rebuild-flow.js';
import { loadInSourceThread } from './source-thread.js';
import { UsageError } from './usage-error.js';

/** A flow or module exported by a `.flow.ts` file, with the name it is exported under. */
export interface FlowSourceExport {
  readonly exportName: string;
  readonly definition: FlowDefinition;
}

/** How {@link loadFlowSource} loads a source. */
export interface LoadFlowSourceOptions {
  /**
   * How long the source may run, in seconds, before it is stopped: by default the value of the
   * `CONTACTFLOW_LOAD_TIMEOUT` environment variable, else {@link defaultLoadTimeLimit}.
   */
  readonly timeLimitSeconds?: number;
}

/** Seconds a source may take to load when nothing says otherwise: far more than any flow needs. */
export const defaultLoadTimeLimit = 30;

/** The environment variable that sets the time limit, in seconds. */
export const loadTimeLimitVariable = 'CONTACTFLOW_LOAD_TIMEOUT';

function timeLimitOf(options: LoadFlowSourceOptions): number {
  if (options.timeLimitSeconds !== undefined) return options.timeLimitSeconds;
  const setting = process.env[loadTimeLimitVariable];
  if (setting === undefined || setting === '') return defaultLoadTimeLimit;
  const seconds = Number(setting);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`${loadTimeLimitVariable} must be a number of seconds, not "${setting}"`);
  }
  return seconds;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * Imports a `.flow.ts` file, TypeScript and all, and returns the flows and modules it exports (the
 * values made by `flow(...)` and `flowModule(...)`), in export-name order. The file's own imports
 * resolve from where it is, as they would for any module.
 *
 * The file runs in a worker thread (one for all the sources of a command), so that one that never
 * finishes is stopped after a time limit ({@link LoadFlowSourceOptions.timeLimitSeconds}) and one
 * that ends the process ends only that thread; its flows come back as data and are built again
 * here, with the source locations of their blocks. A file that cannot be read or run, runs too long, or exports no flow is a
 * {@link UsageError} of one line naming the file; what the file threw is its `cause`.
 *
 * @example
 * ```ts
 * import { loadFlowSource } from './load-flow-source.js';
 * const [first] = await loadFlowSource('flows/main-ivr.flow.ts', process.cwd());
 * first?.definition.name; // 'Main IVR'
 * ```
 */
export async function loadFlowSource(
  file: string,
  cwd: string,
  options: LoadFlowSourceOptions = {},
): Promise<FlowSourceExport[]> {
  const path = resolve(cwd, file);
  const problem = inputFileProblem(path);
  if (problem !== undefined) throw new UsageError(`${file}: ${problem}`);

  const limit = timeLimitOf(options);
  const outcome = await loadInSourceThread(path, limit);
  if (outcome.kind === 'stopped') {
    throw new UsageError(
      `${file}: did not finish loading within ${plural(limit, 'second')} and was stopped (${loadTimeLimitVariable} sets the limit)`,
    );
  }
  if (outcome.kind === 'failed') {
    const cause = new Error(outcome.message);
    if (outcome.stack !== undefined) cause.stack = outcome.stack;
    throw new UsageError(`${file}: cannot be loaded: ${outcome.message.split('\n')[0]}`, {
      cause,
    });
  }
  if (outcome.flows.length === 0) {
    throw new UsageError(`${file}: exports no flow (the value of flow(...) or flowModule(...))`);
  }
  return outcome.flows.map((snapshot) => ({
    exportName: snapshot.exportName,
    definition: rebuildFlow(snapshot),
  }));
}
