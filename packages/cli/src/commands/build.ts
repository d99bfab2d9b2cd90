import { dirname, join, resolve } from 'node:path';
import type { CommandOutcome } from '../command-outcome.js';
import { collectFiles } from '../collect-files.js';
import { compileFlowSource, type CompiledFlow } from '../compile-flow-source.js';
import { applyRuleSettings, lintSettings } from '../config/file-settings.js';
import { loadConfig } from '../config/load-config.js';
import { placeholderSyntaxes } from '../config/placeholder-syntaxes.js';
import { environmentFileOf } from '../environment-option.js';
import type { FileResult } from '../formatters/file-result.js';
import { formatterFor } from '../formatters/formatter-for.js';
import { outputStem } from '../output-stem.js';
import { placeholderStyleOption } from '../placeholder-style-option.js';
import type { CommandContext } from '../program.js';
import { readEnvironmentFile } from '../read-environment-file.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';

/** Options of the build command as parsed from the command line. */
export interface BuildOptions {
  readonly format: string;
  /** Where the JSON goes; beside each source when absent. */
  readonly outDir?: string | undefined;
  /** An environment file, or a name for `environments/<name>.json`. */
  readonly env?: string | undefined;
  readonly config?: string | undefined;
  /**
   * `flow` (the default): references resolved; `template`: written as placeholders; `terraform`,
   * `cloudformation`: the flows as resources of that tool (see `buildForDeployTool`).
   */
  readonly target?: string | undefined;
  /** With `target: 'template'`: a preset (`terraform`, `percent`, `handlebars`) or a configured syntax. */
  readonly placeholderStyle?: string | undefined;
}

/**
 * Compiles the flows that `.flow.ts` sources export, validates them like `lint`, and writes each
 * flow without errors as `<source name>.json` (or `<source name>.<export name>.json` when the
 * source exports several), with a module's settings in `<name>.settings.json`. A source that cannot
 * be read or loaded is one of `unreadable`, the others are still built, and the exit code is 2.
 *
 * With `target: 'template'` each flow is written as a template for a deploy tool to render: every
 * reference becomes a placeholder of `placeholderStyle` named as the reference
 * (`queue('support_queue_arn')` becomes `${support_queue_arn}` in the Terraform style), and an
 * environment, if given, is not used.
 *
 * @example
 * ```ts
 * import { build } from './build.js';
 * const { exitCode } = await build(['flows'], { format: 'stylish', env: 'dev' }, { cwd: '.', color: false });
 * ```
 */
export async function build(
  paths: readonly string[],
  options: BuildOptions,
  context: CommandContext,
): Promise<CommandOutcome> {
  const { cwd } = context;
  const formatter = formatterFor(options.format);
  const loaded = loadConfig(options.config, cwd);
  const settings = lintSettings(loaded, {}, cwd);
  const placeholderStyle = placeholderStyleOption(
    options.target,
    options.placeholderStyle,
    placeholderSyntaxes(loaded),
  );
  if (options.target === 'terraform' || options.target === 'cloudformation') {
    const { buildForDeployTool } = await import('./build-for-deploy-tool.js');
    return buildForDeployTool(options.target, paths, options, context);
  }
  // A template leaves every reference to the deploy tool, so an environment has nothing to do.
  const notices =
    placeholderStyle !== undefined && options.env !== undefined
      ? [
          `--env ${options.env} is not used: --target template writes every reference as a ${placeholderStyle.name} placeholder`,
        ]
      : [];
  const environment =
    options.env === undefined || placeholderStyle !== undefined
      ? undefined
      : readEnvironmentFile(environmentFileOf(options.env), cwd);
  // A source that cannot be read or loaded is reported on a line of its own; the others are built.
  const unread: UsageError[] = [];
  const sources = collectFiles(paths, cwd, {
    directoryEndings: ['.flow.ts'],
    onProblem: (message) => unread.push(new UsageError(message)),
  });
  const results: FileResult[] = [];
  const written: string[] = [];
  for (const source of sources) {
    const { rules, ...where } = settings.forFile(source);
    let flows: CompiledFlow[];
    try {
      flows = await compileFlowSource(
        source,
        { environment, placeholderStyle, validation: where },
        cwd,
      );
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unread.push(error);
      continue;
    }
    const diagnostics = flows.flatMap((compiled) => {
      const found = applyRuleSettings(compiled.diagnostics, rules);
      if (found.every((d) => d.severity !== 'error')) {
        const name = outputStem(source, compiled.exportName, flows.length);
        const directory = resolve(cwd, options.outDir ?? dirname(source));
        const target = join(directory, `${name}.json`);
        writeFileAtomically(target, compiled.result.json, cwd);
        written.push(`${source} -> ${shownPath(target, cwd)}`);
        if (compiled.result.settings !== undefined) {
          const settingsTarget = join(directory, `${name}.settings.json`);
          writeFileAtomically(settingsTarget, compiled.result.settings, cwd);
          written.push(`${source} -> ${shownPath(settingsTarget, cwd)}`);
        }
      }
      return flows.length === 1
        ? found
        : found.map((d) => ({ ...d, message: `${compiled.exportName}: ${d.message}` }));
    });
    results.push({ file: source, diagnostics });
  }
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  const problems = results.some((r) => r.diagnostics.length > 0);
  return {
    output:
      problems || options.format !== 'stylish' ? formatter(results, { color: context.color }) : '',
    messages: [...notices, ...written].map((line) => `${line}\n`).join(''),
    ...(unread.length > 0 && { unreadable: unread }),
    exitCode: unread.length > 0 ? 2 : hasErrors ? 1 : 0,
  };
}
