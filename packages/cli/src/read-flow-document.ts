import { compile } from '@contactflow/compiler';
import type { Environment, PlaceholderSyntax } from '@contactflow/dsl';
import { unwrapFlow } from '@contactflow/validator';
import { loadFlowSource } from './load-flow-source.js';
import { diagnosticError, readJsonFlowFile } from './read-flow-file.js';
import { UsageError } from './usage-error.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** What {@link readFlowDocument} needs to compile a `.flow.ts` input. */
export interface ReadFlowDocumentOptions {
  /** The environment references are resolved from; when absent, they are left as placeholders. */
  readonly environment?: Environment | undefined;
  /** Compiles a source as a template: every reference a placeholder of this syntax. */
  readonly placeholderStyle?: PlaceholderSyntax | undefined;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one flow for a command that compares or inspects flows, as a Flow-language document:
 *
 * - a JSON file: a console export, compiled output, or a `describe-contact-flow(-module)` wrapper
 *   (a module's wrapped `Settings` go into the document's `Settings`);
 * - a `.flow.ts` file, compiled (with a module's `Settings`), as a template when given a
 *   placeholder style; `file.flow.ts#name` picks one export when the file exports several flows;
 * - `/dev/null`, as git passes for a file that does not exist on one side: an empty document.
 *
 * Anything unreadable is a {@link UsageError} of one line naming the file.
 *
 * @example
 * ```ts
 * import { readFlowDocument } from './read-flow-document.js';
 * const document = await readFlowDocument('examples/flows/pay-by-phone.json', {}, process.cwd());
 * ```
 */
export async function readFlowDocument(
  file: string,
  options: ReadFlowDocumentOptions,
  cwd: string,
): Promise<object> {
  if (file === '/dev/null') return {};
  const source = /^(.*\.[cm]?ts)(?:#([^#]+))?$/.exec(file);
  if (source) return compileSource(source[1]!, source[2], options, cwd);
  return readJson(file, cwd);
}

async function compileSource(
  file: string,
  exportName: string | undefined,
  options: ReadFlowDocumentOptions,
  cwd: string,
): Promise<object> {
  const flows = await loadFlowSource(file, cwd);
  const names = flows.map((f) => f.exportName);
  const chosen =
    exportName === undefined
      ? flows.length === 1
        ? flows[0]
        : undefined
      : flows.find((f) => f.exportName === exportName);
  if (chosen === undefined) {
    throw new UsageError(
      exportName === undefined
        ? `${file}: exports ${flows.length} flows (${names.join(', ')}); name one as ${file}#${names[0]}`
        : `${file}: exports no flow named "${exportName}" (it exports ${names.join(', ')})`,
    );
  }
  const result = compile(
    chosen.definition,
    options.placeholderStyle !== undefined
      ? { placeholderStyle: options.placeholderStyle }
      : options.environment === undefined
        ? { unresolvedReferences: 'placeholder' }
        : { environment: options.environment },
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    const where = first.location ? `:${first.location.line}:${first.location.column}` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new UsageError(`${file}${where}: ${first.message}${more}`);
  }
  return result.settings === undefined
    ? result.document
    : { ...result.document, Settings: JSON.parse(result.settings) as unknown };
}

function readJson(file: string, cwd: string): JsonObject {
  const { text, parsed: outer } = readJsonFlowFile(file, cwd);
  const inner = unwrapFlow(text, outer);
  const problem = inner?.diagnostics[0];
  if (problem !== undefined) throw diagnosticError(file, problem);
  const document = inner ? inner.value : outer.value;
  if (!isObject(document) || !Array.isArray(document.Actions)) {
    throw new UsageError(`${file}: not a Flow-language document (it has no "Actions" list)`);
  }
  const settings = inner ? wrappedSettings(file, outer.value) : undefined;
  return settings === undefined || document.Settings !== undefined
    ? document
    : { ...document, Settings: settings };
}

/** `DescribeContactFlowModule` returns a module's `Settings` beside its content, as JSON text. */
function wrappedSettings(file: string, wrapper: unknown): unknown {
  const holder = isObject(wrapper) ? wrapper.ContactFlowModule : undefined;
  const settings = isObject(holder) ? holder.Settings : undefined;
  if (typeof settings !== 'string') return settings;
  try {
    return JSON.parse(settings) as unknown;
  } catch {
    throw new UsageError(`${file}: ContactFlowModule.Settings is not valid JSON`);
  }
}
