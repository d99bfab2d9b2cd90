import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateText } from '@contactflow/validator';
import { collectFiles } from '../collect-files.js';
import type { FileResult } from '../formatters/file-result.js';
import { formatJson } from '../formatters/json.js';
import { formatStylish } from '../formatters/stylish.js';
import { UsageError } from '../usage-error.js';

/** Options of the lint command as parsed from the command line. */
export interface LintOptions {
  readonly format: string;
  readonly quiet?: boolean;
}

const formatters = { stylish: formatStylish, json: formatJson } as const;

/** What a command hands back: text for standard output and the exit code. */
export interface CommandOutcome {
  readonly output: string;
  readonly exitCode: number;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new UsageError(`${file}: ${reason}`);
  }
}

/**
 * Lints Flow-language JSON files. Exit code 0 when no file has errors, 1 when some do; usage and
 * I/O problems are thrown as {@link UsageError} (exit code 2).
 */
export function lint(paths: readonly string[], options: LintOptions, cwd: string): CommandOutcome {
  const formatter = formatters[options.format as keyof typeof formatters];
  if (!formatter) {
    throw new UsageError(
      `unknown format "${options.format}"; expected one of ${Object.keys(formatters).join(', ')}`,
    );
  }
  const files = collectFiles(paths, cwd);
  const results: FileResult[] = files.map((file) => {
    const diagnostics = validateText(readText(resolve(cwd, file)), { fileName: file });
    return {
      file,
      diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics,
    };
  });
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return { output: formatter(results), exitCode: hasErrors ? 1 : 0 };
}
