import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateText } from '@contactflow/validator';
import { collectFiles } from '../collect-files.js';
import { applyRuleSettings, lintSettings } from '../config/file-settings.js';
import { loadConfig } from '../config/load-config.js';
import type { FileResult, Formatter } from '../formatters/file-result.js';
import { formatGithub } from '../formatters/github.js';
import { formatJson } from '../formatters/json.js';
import { formatSarif } from '../formatters/sarif.js';
import { formatStylish } from '../formatters/stylish.js';
import { UsageError } from '../usage-error.js';

/** Options of the lint command as parsed from the command line. */
export interface LintOptions {
  readonly format: string;
  readonly quiet?: boolean;
  /** Whether the output may be coloured (used by `stylish` only). */
  readonly color?: boolean;
  /** The configuration file; `contactflow.config.json` in `cwd` when there is one otherwise. */
  readonly config?: string;
  /** The flow type of every file, over the configuration. */
  readonly flowType?: string;
  /** The channels of every file, comma-separated, over the configuration. */
  readonly channels?: string;
}

const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

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
  const formatter = Object.hasOwn(formatters, options.format)
    ? formatters[options.format]
    : undefined;
  if (!formatter) {
    throw new UsageError(
      `unknown format "${options.format}"; expected one of ${Object.keys(formatters).join(', ')}`,
    );
  }
  const settings = lintSettings(loadConfig(options.config, cwd), options, cwd);
  const files = collectFiles(paths, cwd).filter((file) => !settings.isIgnored(file));
  const results: FileResult[] = files.map((file) => {
    const { rules, ...where } = settings.forFile(file);
    const diagnostics = applyRuleSettings(
      validateText(readText(resolve(cwd, file)), { fileName: file, ...where }),
      rules,
    );
    return {
      file,
      diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics,
    };
  });
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return {
    output: formatter(results, { color: options.color ?? false }),
    exitCode: hasErrors ? 1 : 0,
  };
}
