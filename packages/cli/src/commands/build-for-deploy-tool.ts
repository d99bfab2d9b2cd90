import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  cloudFormationTemplate,
  cloudFormationTemplateFile,
  terraformConfiguration,
  type DeployableFlow,
  type DeployTarget,
} from '@contactflow/compiler';
import type { Diagnostic } from '@contactflow/validator';
import type { CommandOutcome } from '../command-outcome.js';
import { collectFiles } from '../collect-files.js';
import { compileFlowSource, type CompiledFlow } from '../compile-flow-source.js';
import { applyRuleSettings, lintSettings } from '../config/file-settings.js';
import { loadConfig } from '../config/load-config.js';
import { environmentFileOf } from '../environment-option.js';
import type { FileResult } from '../formatters/file-result.js';
import { formatterFor } from '../formatters/formatter-for.js';
import { outputStem } from '../output-stem.js';
import type { CommandContext } from '../program.js';
import { readDeployEnvironment } from '../read-deploy-environment.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';
import type { BuildOptions } from './build.js';

const outputs = {
  terraform: {
    what: 'a Terraform configuration',
    write: terraformConfiguration,
    file: 'variables.tf.json',
  },
  cloudformation: {
    what: 'a CloudFormation template',
    write: cloudFormationTemplate,
    file: cloudFormationTemplateFile,
  },
} as const;

/** A source's findings, gathered as its flows are built and then deployed. */
interface SourceResult extends FileResult {
  readonly diagnostics: Diagnostic[];
}

/** Configuration files in the output directory that this build did not write. */
function strayFiles(directory: string, written: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.tf.json') && !written.has(name))
    .sort()
    .map((name) => join(directory, name));
}

/**
 * `build --target terraform|cloudformation`: compiles and validates the flows of the sources as
 * `build` does, then writes them all into one deploy tool's configuration in `options.outDir`
 * (see `terraformConfiguration` and `cloudFormationTemplate`). References the environment names
 * become its expressions, references between the flows become references between their resources,
 * and the rest become inputs. The flows depend on each other, so nothing is written unless every
 * source loads and no flow has an error.
 *
 * @example
 * ```ts
 * import { buildForDeployTool } from './build-for-deploy-tool.js';
 * await buildForDeployTool('terraform', ['flows'], { format: 'stylish', outDir: 'infra/flows' }, { cwd: '.', color: false });
 * ```
 */
export async function buildForDeployTool(
  target: DeployTarget,
  paths: readonly string[],
  options: BuildOptions,
  context: CommandContext,
): Promise<CommandOutcome> {
  const { cwd } = context;
  const { what, write } = outputs[target];
  if (options.outDir === undefined) {
    throw new UsageError(`--target ${target} writes ${what}: say where with --out-dir`);
  }
  const formatter = formatterFor(options.format);
  const settings = lintSettings(loadConfig(options.config, cwd), {}, cwd);
  const environment =
    options.env === undefined
      ? {}
      : readDeployEnvironment(environmentFileOf(options.env), cwd, target);
  const unread: UsageError[] = [];
  const sources = collectFiles(paths, cwd, {
    directoryEndings: ['.flow.ts'],
    onProblem: (message) => unread.push(new UsageError(message)),
  });
  const results: SourceResult[] = [];
  const deployable: DeployableFlow[] = [];
  const sourceOf = new Map<
    string,
    { result: SourceResult; prefix: string; at: Pick<Diagnostic, 'line' | 'column'> }
  >();
  for (const source of sources) {
    const { rules, ...where } = settings.forFile(source);
    let flows: CompiledFlow[];
    try {
      // Without an environment the references stay placeholders, which the deploy output
      // turns into expressions.
      flows = await compileFlowSource(source, { validation: where }, cwd);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unread.push(error);
      continue;
    }
    const result: SourceResult = { file: source, diagnostics: [] };
    results.push(result);
    for (const compiled of flows) {
      const prefix = flows.length === 1 ? '' : `${compiled.exportName}: `;
      const found = applyRuleSettings(compiled.diagnostics, rules);
      result.diagnostics.push(...found.map((d) => ({ ...d, message: prefix + d.message })));
      const stem = outputStem(source, compiled.exportName, flows.length);
      const other = sourceOf.get(stem);
      if (other !== undefined) {
        // Files and findings are named after the stem, so two flows cannot share one.
        result.diagnostics.push({
          code: 'duplicate-output-name',
          severity: 'error',
          message: `${prefix}Its output is named ${stem}, as the flow of ${other.result.file} is; rename one of the sources.`,
          pointer: '',
        });
        continue;
      }
      // Deploy findings are about a whole flow: they point at the flow(...) call.
      const location = compiled.definition.location;
      const at =
        location !== undefined && resolve(cwd, source) === resolve(location.file)
          ? { line: location.line, column: location.column }
          : {};
      sourceOf.set(stem, { result, prefix, at });
      deployable.push({ stem, definition: compiled.definition, result: compiled.result });
    }
  }
  const flowErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  const messages: string[] = [];
  let exitCode = unread.length > 0 ? 2 : flowErrors ? 1 : 0;
  if (exitCode === 0) {
    const output = write(deployable, environment);
    const directory = resolve(cwd, options.outDir);
    // Findings about the whole output are shown under the file it would be.
    const whole: SourceResult = {
      file: shownPath(join(directory, outputs[target].file), cwd),
      diagnostics: [],
    };
    for (const diagnostic of output.diagnostics) {
      const { result, prefix, at } =
        diagnostic.flow === undefined
          ? { result: whole, prefix: '', at: {} }
          : sourceOf.get(diagnostic.flow)!;
      result.diagnostics.push({
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: prefix + diagnostic.message,
        pointer: '',
        ...at,
      });
    }
    if (whole.diagnostics.length > 0) results.push(whole);
    if (output.diagnostics.some((d) => d.severity === 'error')) exitCode = 1;
    for (const file of output.files) {
      const path = join(directory, file.name);
      writeFileAtomically(path, file.text, cwd);
      messages.push(`wrote ${shownPath(path, cwd)}`);
    }
    const written = new Set(output.files.map((file) => file.name));
    const checkStray = target === 'terraform' && written.size > 0;
    for (const path of checkStray ? strayFiles(directory, written) : []) {
      messages.push(
        `${shownPath(path, cwd)} was not written by this build; delete it if its flow is gone, or Terraform keeps deploying it`,
      );
    }
  }
  if (exitCode !== 0) messages.push(`nothing written: ${what} needs every flow`);
  const problems = results.some((r) => r.diagnostics.length > 0);
  return {
    output:
      problems || options.format !== 'stylish' ? formatter(results, { color: context.color }) : '',
    messages: messages.map((line) => `${line}\n`).join(''),
    ...(unread.length > 0 && { unreadable: unread }),
    exitCode,
  };
}
