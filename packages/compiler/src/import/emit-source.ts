import type { FlowType } from '@contactflow/dsl';
import type { BranchCall } from './branch-calls.js';
import type { DeclarationOrder } from './declaration-order.js';
import type { ImportNote } from './import-note.js';
import { stringLiteral } from './js-literal.js';
import type { ModuleOptions } from './module-options.js';
import type { PlannedAction } from './plan-action.js';
import { SourcePrinter } from './source-printer.js';

/** Branch calls chained in one statement at most. */
const maxChainedCalls = 50;

/** The flow or module the imported source exports. */
export interface ExportedDefinition {
  readonly exportName: string;
  readonly name: string;
  readonly flowType: FlowType;
  readonly description: string | undefined;
  readonly module: ModuleOptions;
  /** The identifier of the start action. */
  readonly start: string;
  /** Identifiers of actions kept although not reachable from the start, for `detached`. */
  readonly detached: readonly string[];
}

/** Everything the source is written from. */
export interface SourceParts {
  readonly planned: ReadonlyMap<string, PlannedAction>;
  readonly order: DeclarationOrder;
  readonly names: ReadonlyMap<string, string>;
  /** Identifiers the compiler derives by itself, so the source needs no `.named(...)` for them. */
  readonly derived: ReadonlySet<string>;
  readonly definition: ExportedDefinition;
  /** Written as comments: above its block for a note about an action, above the export else. */
  readonly notes: readonly ImportNote[];
  /** Lines of a comment at the top of the module. */
  readonly header?: readonly string[];
}

function comment(note: ImportNote): string {
  return `// ${note.message.replace(/\s+/g, ' ')}\n`;
}

/** The node a branch goes to: its `const`, or `missingAction(...)` for an absent action. */
function targetSource(
  id: string,
  printer: SourcePrinter,
  names: ReadonlyMap<string, string>,
): string {
  const name = names.get(id);
  if (name !== undefined) return name;
  printer.imports.add('missingAction');
  return `missingAction(${stringLiteral(id)})`;
}

function callSource(
  call: BranchCall,
  raw: boolean,
  printer: SourcePrinter,
  names: ReadonlyMap<string, string>,
): string {
  const target = targetSource(call.target, printer, names);
  if (raw && call.errorType !== undefined) {
    return `.onError(${stringLiteral(call.errorType)}, ${target})`;
  }
  if (raw && call.verbatim !== undefined) {
    return `.whenVerbatim(${printer.value(call.verbatim)}, ${target})`;
  }
  const argument = call.argument === undefined ? '' : `${printer.condition(call.argument)}, `;
  return `.${call.method}(${argument}${target})`;
}

function nodeSource(planned: PlannedAction, printer: SourcePrinter): string {
  const { plan } = planned;
  if (plan.kind === 'block') {
    printer.imports.add(plan.block.builder);
    const options = plan.options ?? {};
    const given = Object.values(options).some((value) => value !== undefined);
    return `${plan.block.builder}(${given ? printer.value(options) : ''})`;
  }
  printer.imports.add('raw');
  const parameters =
    plan.parameters === undefined ? '' : `, parameters: ${printer.value(plan.parameters)}`;
  return `raw({ type: ${stringLiteral(plan.type)}${parameters} })`;
}

function definitionSource(
  definition: ExportedDefinition,
  printer: SourcePrinter,
  names: ReadonlyMap<string, string>,
): string {
  const description =
    definition.description === undefined
      ? ''
      : `description: ${stringLiteral(definition.description)}, `;
  const detached =
    definition.detached.length === 0
      ? ''
      : `, detached: [${definition.detached.map((id) => names.get(id)!).join(', ')}]`;
  const start = `start: ${names.get(definition.start)!}${detached}`;
  if (definition.flowType === 'FLOW_MODULE') {
    printer.imports.add('flowModule');
    const module = Object.entries(definition.module)
      .map(([key, value]) => `${key}: ${printer.value(value)}, `)
      .join('');
    return `flowModule(${stringLiteral(definition.name)}, { ${description}${module}${start} })`;
  }
  printer.imports.add('flow');
  return `flow(${stringLiteral(definition.name)}, { type: ${stringLiteral(definition.flowType)}, ${description}${start} })`;
}

/**
 * Writes the builder module, unformatted: the imports, one `const` per block in declaration order
 * with its branches chained on, the connections that point back, and the exported flow.
 */
export function emitSource(parts: SourceParts): string {
  const { planned, order, names, derived, definition } = parts;
  const flowNotes = parts.notes.filter((note) => note.actionId === undefined);
  const printer = new SourcePrinter();
  const declarations: string[] = [];
  const later: string[] = [];
  const notesOf = new Map<string, ImportNote[]>();
  for (const note of parts.notes) {
    if (note.actionId === undefined) continue;
    const known = notesOf.get(note.actionId);
    if (known === undefined) notesOf.set(note.actionId, [note]);
    else known.push(note);
  }
  for (const id of order.order) {
    const entry = planned.get(id)!;
    const raw = entry.plan.kind === 'raw';
    // A block with very many branches gets them in several statements: one chain of thousands of
    // calls is more than the formatter can take.
    const chunks: string[] = [];
    for (let i = 0; i < entry.plan.calls.length; i += maxChainedCalls) {
      const chunk = entry.plan.calls.slice(i, i + maxChainedCalls);
      chunks.push(chunk.map((call) => callSource(call, raw, printer, names)).join(''));
    }
    const [calls = '', ...more] = chunks;
    const named = derived.has(id) ? '' : `.named(${stringLiteral(id)})`;
    const notes = (notesOf.get(id) ?? []).map(comment).join('');
    const name = names.get(id)!;
    const rest = more.map((chunk) => `${name}${chunk};`);
    if (order.connectedLater.has(id)) {
      declarations.push(`${notes}const ${name} = ${nodeSource(entry, printer)}${named};`);
      later.push(`${name}${calls};`, ...rest);
    } else {
      declarations.push(
        `${notes}const ${name} = ${nodeSource(entry, printer)}${named}${calls};`,
        ...rest,
      );
    }
  }
  const exported = `${flowNotes.map(comment).join('')}export const ${definition.exportName} = ${definitionSource(definition, printer, names)};`;
  const imports = [...printer.imports].sort();
  return [
    ...(parts.header ?? []).map((line) => `// ${line}`),
    `import { ${imports.join(', ')} } from '@contactflow/dsl';`,
    '',
    declarations.join('\n'),
    ...(later.length > 0 ? ['', later.join('\n')] : []),
    '',
    exported,
    '',
  ].join('\n');
}
