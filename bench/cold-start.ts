import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built command, as a user's `contactflow` runs it. */
export const cliBin = resolve(import.meta.dirname, '../packages/cli/bin/contactflow.js');

/** Whether the command is built (`pnpm install` builds it; so does `pnpm build`). */
export function cliBuilt(): boolean {
  return existsSync(resolve(import.meta.dirname, '../packages/cli/dist/main.js'));
}

/** Times one whole process in milliseconds; fails when it does not exit as `expected` allows. */
function timeProcess(args: readonly string[], cwd: string, expected: readonly number[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    // The output is produced, not kept: a repository's report can pass any buffer size.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || !expected.includes(result.status)) {
    throw new Error(
      `node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr}`,
    );
  }
  return elapsed;
}

/** Wall-clock times of each process, in milliseconds. */
export interface ColdStartTimes {
  readonly lint: number[];
  readonly parse: number[];
}

/**
 * Times `contactflow lint one.json` and a `node -e` that only reads and parses the same file, as
 * whole processes, alternating so that both see the same machine. The file is copied to
 * `directory` first, where no configuration file is found.
 *
 * @example
 * ```ts
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { timeColdStart } from './cold-start.js';
 * const directory = mkdtempSync(join(tmpdir(), 'cold-'));
 * const { lint, parse } = timeColdStart('examples/flows/customer-queue.json', directory, 3);
 * ```
 */
export function timeColdStart(file: string, directory: string, runs: number): ColdStartTimes {
  copyFileSync(file, join(directory, 'one.json'));
  const lintArgs = [cliBin, 'lint', 'one.json'];
  const parseArgs = ['-e', "JSON.parse(require('fs').readFileSync('one.json','utf8'))"];
  // One untimed run of each: the first process after a build also pays for the disk cache.
  timeProcess(lintArgs, directory, [0, 1]);
  timeProcess(parseArgs, directory, [0]);
  const times: ColdStartTimes = { lint: [], parse: [] };
  for (let run = 0; run < runs; run++) {
    times.lint.push(timeProcess(lintArgs, directory, [0, 1]));
    times.parse.push(timeProcess(parseArgs, directory, [0]));
  }
  return times;
}

/**
 * Times `contactflow lint directory` as a whole process, `runs` times: the command on a repository
 * of flows.
 *
 * @example
 * ```ts
 * import { timeCliLint } from './cold-start.js';
 * const [ms] = timeCliLint('examples/flows', 1);
 * ```
 */
export function timeCliLint(directory: string, runs: number): number[] {
  return Array.from({ length: runs }, () =>
    timeProcess([cliBin, 'lint', directory], directory, [0, 1]),
  );
}
