import { basename } from 'node:path';
import { ImportError, importFlow, type ImportNote } from '@contactflow/compiler';
import { flowTypes, type FlowType } from '@contactflow/dsl';
import type { CommandOutcome } from '../command-outcome.js';
import { loadConfig } from '../config/load-config.js';
import { placeholderSyntaxes } from '../config/placeholder-syntaxes.js';
import { environmentFileOf } from '../environment-option.js';
import { readEnvironmentFile } from '../read-environment-file.js';
import { readJsonFlowFile } from '../read-flow-file.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';

/** Options of the import command as parsed from the command line. */
export interface ImportCommandOptions {
  /** Write the source to this file instead of standard output. */
  readonly out?: string;
  /** An environment file, or NAME for `environments/NAME.json`. */
  readonly env?: string;
  /** The flow type when the file does not say it. */
  readonly flowType?: string;
  /** The configuration file, for its placeholder syntaxes; `contactflow.config.json` when present. */
  readonly config?: string;
}

function readJson(file: string, cwd: string): unknown {
  return readJsonFlowFile(file, cwd).parsed.value;
}

function flowTypeOption(flowType: string | undefined): FlowType | undefined {
  if (flowType === undefined) return undefined;
  if (!(flowTypes as readonly string[]).includes(flowType)) {
    throw new UsageError(
      `unknown flow type "${flowType}"; expected one of ${flowTypes.join(', ')}`,
    );
  }
  return flowType as FlowType;
}

// Warnings one per line; actions written with raw() counted, since the source says why at each.
function summary(
  file: string,
  notes: readonly ImportNote[],
  styles: readonly string[],
  out: string | undefined,
): string {
  const template =
    styles.length === 1
      ? [
          `${file}: a flow template; its ${styles[0]} placeholders are references in the source (build it back with --target template --placeholder-style ${styles[0]})`,
        ]
      : [];
  const lines = notes
    .filter((note) => note.severity === 'warning')
    .map(
      (note) =>
        `${file}: ${note.actionId === undefined ? '' : `${note.actionId}: `}${note.message}`,
    );
  lines.unshift(...template);
  const raw = notes.filter((note) => note.severity === 'info').length;
  if (raw > 0) {
    lines.push(
      `${file}: ${raw} action${raw === 1 ? '' : 's'} written with raw(); the source says why above each`,
    );
  }
  if (out !== undefined) lines.push(`${out}: written`);
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * Turns a Flow-language JSON file (a console export, compiled output, or `describe-contact-flow`
 * output) into builder source. In a flow template, a value that is one whole placeholder of the
 * configured syntaxes where a resource goes becomes a reference named as the placeholder
 * (`${support_queue_arn}` becomes `queue('support_queue_arn')`), and the source says in its first
 * lines which style to build it back with. The source goes to standard output, or to `out`, written through a
 * temporary file and a rename. Warnings and the number of actions written with `raw(...)` go to
 * `messages`. Unreadable input, bad JSON, a file that is not a flow, an unknown environment or flow type are
 * {@link UsageError}s of one line naming the file.
 *
 * @example
 * ```ts
 * import { importCommand } from './import.js';
 * const { output } = await importCommand('exported.json', { env: 'dev' }, process.cwd());
 * ```
 */
export async function importCommand(
  file: string,
  options: ImportCommandOptions,
  cwd: string,
): Promise<CommandOutcome> {
  const document = readJson(file, cwd);
  const placeholders = placeholderSyntaxes(loadConfig(options.config, cwd));
  const flowType = flowTypeOption(options.flowType);
  const environment =
    options.env === undefined
      ? undefined
      : readEnvironmentFile(environmentFileOf(options.env), cwd);
  let imported: Awaited<ReturnType<typeof importFlow>>;
  try {
    imported = await importFlow(document, {
      ...(environment && { environment }),
      ...(flowType && { flowType }),
      name: basename(file).replace(/\.json$/i, ''),
      placeholders,
    });
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  const messages = summary(file, imported.notes, imported.placeholderStyles, options.out);
  if (options.out === undefined) return { output: imported.source, messages, exitCode: 0 };
  writeFileAtomically(options.out, imported.source, cwd);
  return { output: '', messages, exitCode: 0 };
}
