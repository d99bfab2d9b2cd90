import * as dsl from '@contactflow/dsl';
import {
  defaultPlaceholderSyntaxes,
  isResourceReference,
  type Environment,
  type FlowType,
  type PlaceholderSyntax,
} from '@contactflow/dsl';
import { assignIdentifiers } from '../assign-identifiers.js';
import { declarationOrder } from './declaration-order.js';
import { emitSource } from './emit-source.js';
import { formatSource } from './format-source.js';
import type { ImportNote } from './import-note.js';
import { moduleOptions } from './module-options.js';
import { conditionText } from './branch-calls.js';
import { camelCaseName, nodeNames, reservedWords } from './node-names.js';
import { planAction, type PlannedAction } from './plan-action.js';
import { readFlowInput, type InputAction } from './read-flow-input.js';
import { ReferenceLookup } from './reference-lookup.js';

/** Options of {@link importFlow}. */
export interface ImportOptions {
  /**
   * The environment whose logical names replace ARNs and ids: a queue ARN it names becomes
   * `queue('Sales')`. Values it does not name stay literal.
   */
  readonly environment?: Environment;
  /**
   * The flow type when neither the wrapper nor `Metadata.type` says it. Without it, a document
   * with an action only modules have (Return) is a module, and any other an inbound flow.
   */
  readonly flowType?: FlowType;
  /** The flow's name when neither the wrapper nor `Metadata.name` gives one. */
  readonly name?: string;
  /**
   * The placeholder syntaxes of flow templates (see `placeholderPresets`); every preset when left
   * out, none with `[]`. A value that is one whole placeholder where a resource goes becomes a
   * reference named as the placeholder (`${support_queue_arn}` in `QueueId` becomes
   * `queue('support_queue_arn')`); other placeholders stay text.
   */
  readonly placeholders?: readonly PlaceholderSyntax[];
}

/** What {@link importFlow} returns. */
export interface ImportResult {
  /** The builder module, formatted with prettier. */
  readonly source: string;
  /** Actions written with `raw(...)`, and what the source cannot say as the document does. */
  readonly notes: readonly ImportNote[];
  /** The name of the flow, as given to `flow(...)` or `flowModule(...)`. */
  readonly flowName: string;
  readonly flowType: FlowType;
  /** The name the module exports the flow under. */
  readonly exportName: string;
  /**
   * The syntaxes of the template placeholders the source has as references, in the order of the
   * `placeholders` option: one for a template (`['terraform']`), which `compile`'s
   * `placeholderStyle` writes back; none for a flow without them.
   */
  readonly placeholderStyles: readonly string[];
}

const dslNames: ReadonlySet<string> = new Set(Object.keys(dsl));

// A branch to an identifier no action has is kept, pointing at `missingAction(...)`, so that the
// source says what the document says; the note tells the reader it needs fixing.
function danglingBranchNotes(action: InputAction, ids: ReadonlySet<string>): ImportNote[] {
  const branches = [
    ...(action.next === undefined ? [] : [{ branch: 'NextAction', target: action.next }]),
    ...action.conditions.map((c) => ({
      branch: `${conditionText(c)} condition`,
      target: c.target,
    })),
    ...action.errors.map((e) => ({ branch: e.errorType, target: e.target })),
  ];
  return branches
    .filter(({ target }) => !ids.has(target))
    .map(({ branch, target }) => ({
      severity: 'warning',
      actionId: action.id,
      message: `Its ${branch} branch points to "${target}", which the document does not have; it is kept with missingAction().`,
    }));
}

function successorsOf(action: InputAction): string[] {
  return [
    ...(action.next === undefined ? [] : [action.next]),
    ...action.conditions.map((c) => c.target),
    ...action.errors.map((e) => e.target),
  ];
}

/** The actions reachable from `root`, which must be an action, `root` included. */
function reachableFrom(root: string, actions: ReadonlyMap<string, InputAction>): Set<string> {
  const seen = new Set<string>([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    for (const target of successorsOf(actions.get(queue[i]!)!)) {
      if (!seen.has(target) && actions.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * The fewest actions from which every action in `unreached` is reached, in document order: the
 * first action of each group that no other unreached action leads into (a chain's head, a loop no
 * branch enters).
 */
function detachedRoots(
  unreached: readonly InputAction[],
  byId: ReadonlyMap<string, InputAction>,
): string[] {
  const reach = new Map(unreached.map((action) => [action.id, reachableFrom(action.id, byId)]));
  const covered = new Set<string>();
  const roots: string[] = [];
  for (const { id } of unreached) {
    if (covered.has(id)) continue;
    const own = reach.get(id)!;
    // Led into from outside its own loop: whatever leads into it is listed instead.
    const entered = unreached.some((other) => reach.get(other.id)!.has(id) && !own.has(other.id));
    if (entered) continue;
    roots.push(id);
    for (const reached of own) covered.add(reached);
  }
  return roots;
}

// The compiler derives an identifier from a block's content; where that is the action's own
// identifier (a flow this project compiled), `.named(...)` would only repeat it.
function derivedIdentifiers(planned: readonly PlannedAction[]): Set<string> {
  const derivedOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const { action, built } of planned) {
    const derived = assignIdentifiers([built.node], []).get(built.node)!;
    derivedOf.set(action.id, derived);
    counts.set(derived, (counts.get(derived) ?? 0) + 1);
  }
  return new Set(
    planned
      .map(({ action }) => action.id)
      .filter((id) => derivedOf.get(id) === id && counts.get(id) === 1),
  );
}

// Only a module can return to its caller, so a document with a Return block is a module.
function impliedFlowType(actions: readonly InputAction[]): FlowType {
  const moduleOnly = actions.some((action) => {
    const spec = dsl.findAction(action.type);
    return spec !== undefined && spec.flowTypes.length === 1 && spec.flowTypes[0] === 'FLOW_MODULE';
  });
  return moduleOnly ? 'FLOW_MODULE' : 'CONTACT_FLOW';
}

function exportNameOf(flowName: string): string {
  const name = camelCaseName(flowName) ?? 'importedFlow';
  // A flow named "True" or "Delete" must not become `export const true = ...`.
  return dslNames.has(name) || reservedWords.has(name) ? `${name}Flow` : name;
}

/** Every value inside the options or parameters of a plan, references included. */
function* planValues(value: unknown, depth = 0): Generator<unknown> {
  yield value;
  if (depth > 64 || typeof value !== 'object' || value === null || isResourceReference(value)) {
    return;
  }
  for (const item of Object.values(value)) yield* planValues(item, depth + 1);
}

// Only the references the source ends up with count: a block that was tried and left for raw()
// may have read a placeholder that raw() keeps as text.
function stylesUsed(
  planned: readonly PlannedAction[],
  references: ReferenceLookup,
  syntaxes: readonly PlaceholderSyntax[],
): string[] {
  const used = new Set<string>();
  for (const { plan } of planned) {
    const values = plan.kind === 'block' ? plan.options : plan.parameters;
    for (const value of planValues(values)) {
      if (!isResourceReference(value)) continue;
      const match = references.placeholderOf(value);
      if (match !== undefined) used.add(match.syntax);
    }
  }
  return syntaxes.map((syntax) => syntax.name).filter((name) => used.has(name));
}

// The comment that tells a reader, and whoever builds the source, how the template is written back.
function templateHeader(
  styles: readonly string[],
  syntaxes: readonly PlaceholderSyntax[],
): string[] {
  // Placeholders of several syntaxes have no one style to build with; a note says so instead.
  const [style, other] = styles;
  if (style === undefined || other !== undefined) return [];
  const example = syntaxes.find((syntax) => syntax.name === style)!.write('name');
  return [
    `A flow template: its ${style} placeholders (${example}) are references here.`,
    `Build it back with: contactflow build --target template --placeholder-style ${style}`,
  ];
}

/**
 * Turns a Flow-language document (a console export, compiled output, or the `DescribeContactFlow`
 * wrapper around one) into builder source: one `const` per block, made with the block's builder
 * and options, branches connected with the block's branch methods, identifiers kept with
 * `.named(...)`, and the flow exported. Compiling the source gives back the document's actions,
 * parameters and transitions; an action no block can write is written with `raw(...)` and listed
 * in `notes`.
 *
 * Throws an `ImportError` with a one-line message when the input is not a flow document.
 *
 * @example
 * ```ts
 * import { importFlow } from '@contactflow/compiler';
 * const { source } = await importFlow({
 *   Version: '2019-10-30',
 *   StartAction: 'bye',
 *   Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
 * });
 * // import { disconnect, flow } from '@contactflow/dsl';
 * // const bye = disconnect().named('bye'); ...
 * ```
 */
export async function importFlow(
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = readFlowInput(input);
  const notes: ImportNote[] = [...read.notes];

  const actions: InputAction[] = [];
  const ids = new Set<string>();
  for (const action of read.actions) {
    if (ids.has(action.id)) {
      const note: ImportNote = {
        severity: 'warning',
        actionId: action.id,
        message: `Two actions have the identifier "${action.id}"; the second is left out.`,
      };
      notes.push(note);
      continue;
    }
    ids.add(action.id);
    actions.push(action);
  }
  for (const action of actions) notes.push(...danglingBranchNotes(action, ids));
  const byId = new Map(actions.map((action) => [action.id, action]));

  const syntaxes = options.placeholders ?? defaultPlaceholderSyntaxes;
  const references = new ReferenceLookup(options.environment, syntaxes);
  const planned = actions.map((action) => planAction(action, references));
  for (const entry of planned) notes.push(...entry.notes);
  const placeholderStyles = stylesUsed(planned, references, syntaxes);
  if (placeholderStyles.length > 1) {
    notes.push({
      severity: 'warning',
      message: `The template's references are placeholders of ${placeholderStyles.length} syntaxes (${placeholderStyles.join(', ')}); a template build writes them all in the one it is given.`,
    });
  }
  const plannedById = new Map(planned.map((entry) => [entry.action.id, entry]));

  const reached = reachableFrom(read.startAction, byId);
  const unreachable = actions.filter((action) => !reached.has(action.id));
  const detached = detachedRoots(unreachable, byId);
  if (unreachable.length > 0) {
    const note: ImportNote = {
      severity: 'warning',
      message: `Not reachable from the start, and kept in the flow with detached: ${unreachable.map((a) => a.id).join(', ')}.`,
    };
    notes.push(note);
  }

  const flowType = read.flowType ?? options.flowType ?? impliedFlowType(actions);
  const flowName = read.name ?? options.name ?? 'Imported flow';
  const exportName = exportNameOf(flowName);
  const order = declarationOrder(actions, read.startAction);
  const names = nodeNames(
    order.order.map((id) => plannedById.get(id)!),
    new Set([...dslNames, exportName]),
  );
  const module = flowType === 'FLOW_MODULE' ? moduleOptions(read.settings, notes) : {};
  const source = emitSource({
    planned: plannedById,
    order,
    names,
    derived: derivedIdentifiers(planned),
    definition: {
      exportName,
      name: flowName,
      flowType,
      description: read.description,
      module,
      start: read.startAction,
      detached,
    },
    notes,
    header: templateHeader(placeholderStyles, syntaxes),
  });
  return {
    source: await formatSource(source),
    notes,
    flowName,
    flowType,
    exportName,
    placeholderStyles,
  };
}
