import {
  listPlaceholdersInText,
  validateText,
  type Diagnostic,
  type ValidateOptions,
} from '@contactflow/validator';
import type { CommandOutcome } from '../command-outcome.js';
import { collectFiles } from '../collect-files.js';
import { applyRuleSettings, lintSettings } from '../config/file-settings.js';
import { loadConfig } from '../config/load-config.js';
import { placeholderSyntaxes } from '../config/placeholder-syntaxes.js';
import type { FileResult } from '../formatters/file-result.js';
import { formatterFor } from '../formatters/formatter-for.js';
import {
  formatPlaceholderJson,
  formatPlaceholderList,
  type FilePlaceholders,
} from '../formatters/placeholder-list.js';
import type { CommandContext } from '../program.js';
import { diagnosticError, readFlowFile } from '../read-flow-file.js';
import { UsageError } from '../usage-error.js';

/** Options of the lint command as parsed from the command line. */
export interface LintOptions {
  readonly format: string;
  readonly quiet?: boolean | undefined;
  /** The configuration file; `contactflow.config.json` in `cwd` when there is one otherwise. */
  readonly config?: string | undefined;
  /** The flow type of every file, over the configuration (`--type`; `--flow-type` is an alias). */
  readonly type?: string | undefined;
  readonly flowType?: string | undefined;
  /** The channels of every file, comma-separated, over the configuration. */
  readonly channels?: string | undefined;
  /** More warnings than this is a failure, as an error would be. */
  readonly maxWarnings?: string | undefined;
  /** The environment `.flow.ts` sources are compiled with. */
  readonly env?: string | undefined;
  /** List the deploy-time placeholders of the files instead of their problems. */
  readonly listPlaceholders?: boolean | undefined;
}

const sourceEnding = /\.flow\.[cm]?ts$/;

function lintJson(file: string, where: ValidateOptions, cwd: string): Diagnostic[] {
  const { text, diagnostics } = readFlowFile(file, cwd);
  return text === undefined ? [...diagnostics] : validateText(text, { fileName: file, ...where });
}

function maxWarningsOf(option: string | undefined): number {
  if (option === undefined) return Infinity;
  if (!/^\d+$/.test(option)) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${option}"`);
  }
  return Number(option);
}

/** Compiles and checks a `.flow.ts` source; loaded only when a source is linted. */
async function lintSource(
  file: string,
  options: LintOptions,
  where: ValidateOptions,
  cwd: string,
): Promise<Diagnostic[]> {
  const [{ compileFlowSource }, { readEnvironmentFile }, { environmentFileOf }] = await Promise.all(
    [
      import('../compile-flow-source.js'),
      import('../read-environment-file.js'),
      import('../environment-option.js'),
    ],
  );
  const environment =
    options.env === undefined
      ? undefined
      : readEnvironmentFile(environmentFileOf(options.env), cwd);
  const flows = await compileFlowSource(file, { environment, validation: where }, cwd);
  return flows.flatMap(({ exportName, diagnostics }) =>
    flows.length === 1
      ? diagnostics
      : diagnostics.map((d) => ({ ...d, message: `${exportName}: ${d.message}` })),
  );
}

/**
 * Lints Flow-language JSON files and `.flow.ts` sources. Exit code 0 when no file has errors and
 * the warnings are within `--max-warnings`, 1 otherwise. A file that cannot be read (or a source
 * that cannot be loaded) is one of `unreadable`, the others are still linted, and the exit code
 * is 2; usage problems are thrown as {@link UsageError} (exit code 2).
 *
 * @example
 * ```ts
 * import { lint } from './lint.js';
 * const { exitCode } = await lint(['examples/flows'], { format: 'json' }, { cwd: '.', color: false });
 * ```
 */
export async function lint(
  paths: readonly string[],
  options: LintOptions,
  context: CommandContext,
): Promise<CommandOutcome> {
  const { cwd } = context;
  if (options.listPlaceholders) return listPlaceholderUses(paths, options, context);
  const formatter = formatterFor(options.format);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  const flowType = options.type ?? options.flowType;
  const loaded = loadConfig(options.config, cwd);
  // Without the key, the validator's default is the configuration's: every preset.
  const placeholders =
    loaded.config.placeholders === undefined ? undefined : placeholderSyntaxes(loaded);
  const settings = lintSettings(
    loaded,
    {
      ...(flowType !== undefined && { flowType }),
      ...(options.channels !== undefined && { channels: options.channels }),
    },
    cwd,
  );
  // A file that cannot be read is reported on a line of its own, and the others are still linted.
  const unread: UsageError[] = [];
  const known = new Set<string>();
  const files = collectFiles(paths, cwd, {
    directoryEndings: ['.json'],
    onProblem: (message) => unread.push(new UsageError(message)),
  }).filter((file) => !settings.isIgnored(file));
  const results: FileResult[] = [];
  for (const file of files) {
    const { rules, ...runsIn } = settings.forFile(file);
    const where: ValidateOptions = { ...runsIn, ...(placeholders && { placeholders }) };
    let found: Diagnostic[];
    try {
      found = sourceEnding.test(file)
        ? await lintSource(file, options, where, cwd)
        : lintJson(file, where, cwd);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // The same problem with every source (an environment file that is missing) is said once.
      if (!known.has(error.message)) unread.push(error);
      known.add(error.message);
      continue;
    }
    const diagnostics = applyRuleSettings(found, rules);
    results.push({
      file,
      diagnostics: options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics,
    });
  }
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = warnings > maxWarnings;
  return {
    output: formatter(results, { color: context.color }),
    ...(tooManyWarnings && {
      messages: `contactflow: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`,
    }),
    ...(unread.length > 0 && { unreadable: unread }),
    exitCode: unread.length > 0 ? 2 : errors > 0 || tooManyWarnings ? 1 : 0,
  };
}

/**
 * `lint --list-placeholders`: the deploy-time placeholders of Flow-language JSON files, grouped by
 * name, as text or JSON, instead of their problems. Exit code 0, or 2 when a file cannot be read,
 * is no flow text, or is a `.flow.ts` source (whose references are not a deploy tool's).
 */
function listPlaceholderUses(
  paths: readonly string[],
  options: LintOptions,
  context: CommandContext,
): CommandOutcome {
  const { cwd } = context;
  if (!['stylish', 'json'].includes(options.format)) {
    throw new UsageError(
      `--list-placeholders writes text (the default) or --format json, not "${options.format}"`,
    );
  }
  const loaded = loadConfig(options.config, cwd);
  const placeholders = placeholderSyntaxes(loaded);
  const settings = lintSettings(loaded, {}, cwd);
  const unread: UsageError[] = [];
  const files = collectFiles(paths, cwd, {
    directoryEndings: ['.json'],
    onProblem: (message) => unread.push(new UsageError(message)),
  }).filter((file) => !settings.isIgnored(file));
  const listed: FilePlaceholders[] = [];
  for (const file of files) {
    if (sourceEnding.test(file)) {
      unread.push(
        new UsageError(
          `${file}: --list-placeholders reads Flow-language JSON; build the source and list the JSON`,
        ),
      );
      continue;
    }
    try {
      const { text, diagnostics } = readFlowFile(file, cwd);
      const found =
        text === undefined
          ? { uses: [], diagnostics }
          : listPlaceholdersInText(text, { placeholders });
      // A file that is no flow text is said in one line, as one that cannot be read.
      const [problem] = found.diagnostics;
      if (problem !== undefined) unread.push(diagnosticError(file, problem));
      else listed.push({ file, uses: found.uses });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unread.push(error);
    }
  }
  return {
    output:
      options.format === 'json'
        ? formatPlaceholderJson(listed)
        : formatPlaceholderList(listed, { color: context.color }),
    ...(unread.length > 0 && { unreadable: unread }),
    exitCode: unread.length > 0 ? 2 : 0,
  };
}
