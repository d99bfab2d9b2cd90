import { diffFlows, formatFlowDiff } from '@contactflow/compiler';
import { palette } from '../color.js';
import type { CommandOutcome } from '../command-outcome.js';
import { loadConfig } from '../config/load-config.js';
import { placeholderSyntaxes } from '../config/placeholder-syntaxes.js';
import { environmentFileOf } from '../environment-option.js';
import { placeholderStyleOption } from '../placeholder-style-option.js';
import { readEnvironmentFile } from '../read-environment-file.js';
import { readFlowDocument } from '../read-flow-document.js';
import { UsageError } from '../usage-error.js';

/** Options of the diff command as parsed from the command line. */
export interface DiffOptions {
  /** `text` (the default) for people, `json` for tools. */
  readonly format?: 'text' | 'json';
  /** Whether the text may be coloured. */
  readonly color?: boolean;
  /**
   * The environment for `.flow.ts` inputs: a file, or a name for `environments/<name>.json`.
   * Without one, references compile to `{{kind:name}}` placeholders.
   */
  readonly env?: string;
  /**
   * Compiles `.flow.ts` inputs as templates, references written as placeholders of this style (a
   * preset or a syntax the configuration defines), to compare them with template files.
   */
  readonly placeholderStyle?: string;
  /** The configuration file, for its placeholder syntaxes; `contactflow.config.json` when present. */
  readonly config?: string;
  /**
   * Set when git runs the command as a diff driver: the path of the file in the repository. The
   * output is headed with it, input problems are reported in the output, and the exit code is
   * always 0, since git stops at a driver that exits with another.
   */
  readonly gitPath?: string;
  /** With `gitPath`, the file's new path when git found it renamed. */
  readonly gitNewPath?: string;
}

const formats = ['text', 'json'];

/**
 * Compares two flows by what they do (see `diffFlows`): JSON files (exports, compiled output,
 * `describe-contact-flow` wrappers, flow templates) or `.flow.ts` sources. Template placeholders are
 * compared as the text they are. Exit code 0 when they are the same, 1 when they differ; unreadable
 * inputs are a {@link UsageError} (exit code 2).
 *
 * @example
 * ```ts
 * import { diffCommand } from './diff.js';
 * const { output, exitCode } = await diffCommand('old.json', 'new.json', {}, process.cwd());
 * ```
 */
export async function diffCommand(
  a: string,
  b: string,
  options: DiffOptions,
  cwd: string,
): Promise<CommandOutcome> {
  const format = options.format ?? 'text';
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format "${format}"; expected one of ${formats.join(', ')}`);
  }
  const driver = options.gitPath;
  const shownA = `a/${driver}`;
  const shownB = `b/${options.gitNewPath ?? driver}`;
  const style = palette(options.color ?? false);
  const header =
    driver === undefined || format === 'json'
      ? ''
      : `${style.bold(`diff --contactflow ${shownA} ${shownB}`)}\n`;
  let before: unknown;
  let after: unknown;
  try {
    const placeholderStyle =
      options.placeholderStyle === undefined
        ? undefined
        : placeholderStyleOption(
            'template',
            options.placeholderStyle,
            placeholderSyntaxes(loadConfig(options.config, cwd)),
          );
    const environment =
      options.env === undefined || placeholderStyle !== undefined
        ? undefined
        : readEnvironmentFile(environmentFileOf(options.env), cwd);
    before = await readFlowDocument(a, { environment, placeholderStyle }, cwd);
    after = await readFlowDocument(b, { environment, placeholderStyle }, cwd);
  } catch (error) {
    // Git gives up on the whole diff when a driver fails, so one bad file must not stop it.
    if (driver === undefined || !(error instanceof UsageError)) throw error;
    // Git's copies of old versions are temporary files: name the file as the repository does.
    const message = error.message.startsWith(`${a}:`)
      ? shownA + error.message.slice(a.length)
      : error.message.startsWith(`${b}:`)
        ? shownB + error.message.slice(b.length)
        : error.message;
    return { output: `${header}contactflow: ${message}\n`, exitCode: 0 };
  }
  const diff = diffFlows(before, after);
  const exitCode = driver !== undefined || diff.equal ? 0 : 1;
  if (format === 'json') {
    const files =
      driver === undefined ? { before: a, after: b } : { before: shownA, after: shownB };
    return { output: `${JSON.stringify({ ...files, ...diff }, null, 2)}\n`, exitCode };
  }
  const body = diff.equal
    ? style.dim('The flows do the same (layout and formatting aside).') + '\n'
    : formatFlowDiff(diff, { color: options.color ?? false });
  return { output: header + body, exitCode };
}

/** The files to compare, from the arguments the command was given by a person or by git. */
export type DiffArguments =
  | {
      readonly before: string;
      readonly after: string;
      readonly gitPath?: string;
      readonly gitNewPath?: string;
    }
  | { readonly unmerged: string };

/**
 * Reads the arguments of `contactflow diff`: two files from a person; or, from git running it as
 * a diff driver, `path old-file old-hex old-mode new-file new-hex new-mode` (seven), followed by
 * the new path and a description for a renamed file (nine), or only the path of an unmerged file
 * (one).
 *
 * @example
 * ```ts
 * import { diffArguments } from './diff.js';
 * diffArguments(['flows/main.json', '/tmp/x_main.json', 'abc123', '100644', 'flows/main.json', '.', '.']);
 * // { before: '/tmp/x_main.json', after: 'flows/main.json', gitPath: 'flows/main.json' }
 * ```
 */
export function diffArguments(args: readonly string[]): DiffArguments {
  if (args.length === 2) return { before: args[0]!, after: args[1]! };
  if (args.length === 7) return { before: args[1]!, after: args[4]!, gitPath: args[0]! };
  if (args.length === 9) {
    return { before: args[1]!, after: args[4]!, gitPath: args[0]!, gitNewPath: args[7]! };
  }
  if (args.length === 1) return { unmerged: args[0]! };
  throw new UsageError(
    `diff takes two files (or the 7 arguments git gives a diff driver), not ${args.length}`,
  );
}

/**
 * Runs the diff command on its raw arguments: two files, or what git passes a diff driver (see
 * {@link diffArguments}), which turns on the driver's behaviour (see {@link DiffOptions.gitPath}).
 *
 * @example
 * ```ts
 * import { runDiff } from './diff.js';
 * const { output, exitCode } = await runDiff(['old.json', 'new.json'], { format: 'json' }, process.cwd());
 * ```
 */
export async function runDiff(
  args: readonly string[],
  options: Omit<DiffOptions, 'gitPath' | 'gitNewPath'>,
  cwd: string,
): Promise<CommandOutcome> {
  const files = diffArguments(args);
  if ('unmerged' in files) return { output: `* Unmerged path ${files.unmerged}\n`, exitCode: 0 };
  const { before, after, ...git } = files;
  return diffCommand(before, after, { ...options, ...git }, cwd);
}
