import { CommanderError } from 'commander';
import { shouldUseColor } from './color.js';
import { createProgram } from './program.js';
import { stopSourceThread } from './source-thread.js';
import { UsageError } from './usage-error.js';

/** One line for a usage or I/O error; under `--debug`, the stack trace of its cause as well. */
function usageErrorText(error: UsageError, debug: boolean): string {
  const cause = error.cause instanceof Error ? error.cause.stack : undefined;
  return `contactflow: ${error.message}\n${debug && cause ? `${cause}\n` : ''}`;
}

/** Where the command line reads and writes; `isTTY` and `env` decide whether output is coloured. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether standard output is a terminal; not, when left out. */
  isTTY?: boolean;
  /** The environment read for `NO_COLOR`, `FORCE_COLOR` and `TERM`; `process.env` when left out. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs the `contactflow` command line with the given arguments and returns the exit code:
 * 0 success, 1 problems found, 2 usage or I/O error.
 *
 * @example
 * ```ts
 * import { main } from '@contactflow/cli';
 * const exitCode = await main(['lint', 'examples/flows']);
 * ```
 */
export async function main(
  argv: readonly string[],
  io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  },
): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const color = shouldUseColor({ env: io.env ?? process.env, isTTY: io.isTTY ?? false });
  const program = createProgram({ cwd: io.cwd, color }, async (handler) => {
    const outcome = await handler();
    if (outcome.messages) io.stderr(outcome.messages);
    for (const error of outcome.unreadable ?? []) io.stderr(usageErrorText(error, debug));
    io.stdout(outcome.output);
    exitCode = outcome.exitCode;
  });
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (text: string) => void) =>
      write(text.replace(/^error: /, 'contactflow: ')),
  };
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput(output);
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end here with code 0; every other parse problem is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(usageErrorText(error, debug));
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `contactflow: internal error: ${error.stack}\n`
        : `contactflow: internal error: ${detail} (run with --debug for details)\n`,
    );
    return 2;
  } finally {
    // A thread that ran a source's TypeScript would keep the process alive.
    stopSourceThread();
  }
}
