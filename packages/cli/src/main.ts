import { Command, CommanderError } from 'commander';
import { shouldUseColor } from './color.js';
import { lint, type LintOptions } from './commands/lint.js';
import { configFileName } from './config/config-schema.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';

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

type LintCommandOptions = Omit<LintOptions, 'color'>;

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
  const program = new Command('contactflow')
    .description('Amazon Connect contact flows as code: lint, build and manage flows.')
    .version(packageVersion(), '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(text.replace(/^error: /, 'contactflow: ')),
    })
    .showSuggestionAfterError();

  program
    .command('lint')
    .description('Check Flow-language JSON files (directories are searched for *.json).')
    .argument('<paths...>', 'files or directories to lint')
    .option('-f, --format <format>', 'output format: stylish, json, sarif or github', 'stylish')
    .option('--quiet', 'report errors only')
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .option('--flow-type <type>', 'flow type of every file, over the configuration')
    .option('--channels <list>', 'channels of every file, comma-separated, over the configuration')
    .addHelpText(
      'after',
      `
Formats:
  stylish  for people; coloured on a terminal (NO_COLOR turns colour off, FORCE_COLOR on)
  json     the diagnostics of each file
  sarif    SARIF 2.1.0, for code scanning
  github   GitHub Actions workflow commands, shown as annotations on the files`,
    )
    .action((paths: string[], options: LintCommandOptions) => {
      const color = shouldUseColor({ env: io.env ?? process.env, isTTY: io.isTTY ?? false });
      const outcome = lint(paths, { ...options, color }, io.cwd);
      io.stdout(outcome.output);
      exitCode = outcome.exitCode;
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end here with code 0; every other parse problem is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`contactflow: ${error.message}\n`);
      return 2;
    }
    io.stderr(
      `contactflow: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}
