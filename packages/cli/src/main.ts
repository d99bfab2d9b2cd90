import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { lint } from './commands/lint.js';
import { UsageError } from './usage-error.js';

function version(): string {
  const manifest = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
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
  io: { stdout: (text: string) => void; stderr: (text: string) => void; cwd: string } = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  },
): Promise<number> {
  let exitCode = 0;
  const program = new Command('contactflow')
    .description('Amazon Connect contact flows as code: lint, build and manage flows.')
    .version(version(), '-v, --version')
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
    .option('-f, --format <format>', 'output format: stylish or json', 'stylish')
    .option('--quiet', 'report errors only')
    .action((paths: string[], options: { format: string; quiet?: boolean }) => {
      const outcome = lint(paths, options, io.cwd);
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
