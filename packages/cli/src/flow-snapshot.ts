import {
  isDynamicValue,
  isFlowDefinition,
  isFlowNode,
  isMissingAction,
  isResourceReference,
  isTextTemplate,
  type BuildProblem,
  type FlowNode,
  type SourceLocation,
  type Transition,
} from '@contactflow/dsl';

/**
 * A parameter value as it crosses from the thread that ran a source to the one that compiles it:
 * the builder's references and dynamic values by what they hold, lists and records by their items.
 */
export type ValueSnapshot =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'reference'; readonly resource: string; readonly name: string }
  | { readonly kind: 'dynamic'; readonly path: string }
  | { readonly kind: 'text'; readonly parts: readonly ValueSnapshot[] }
  | { readonly kind: 'list'; readonly items: readonly ValueSnapshot[] }
  | { readonly kind: 'record'; readonly entries: readonly (readonly [string, ValueSnapshot])[] };

/** One branch of a block, with its target as an index into {@link FlowSnapshot.nodes}. */
export interface ConnectionSnapshot {
  readonly branch: string;
  readonly transition: Transition;
  readonly target: number;
}

/** One block of a flow, with what the compiler reads of it. */
export interface NodeSnapshot {
  /** Made with `missingAction(...)`: a branch target that is no block. */
  readonly missing: boolean;
  readonly blockId: string | undefined;
  readonly mode: string | undefined;
  readonly actionType: string;
  readonly parameters: ValueSnapshot;
  readonly problems: readonly BuildProblem[];
  readonly location: SourceLocation | undefined;
  readonly identifier: string | undefined;
  readonly connections: readonly ConnectionSnapshot[];
}

/** One flow or module a source exports, as plain data that can be posted between threads. */
export interface FlowSnapshot {
  readonly exportName: string;
  /** The definition's fields other than its blocks (name, type, location, a module's inputs...). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Indexes into `nodes`; `undefined` where the definition holds something that is no block. */
  readonly start: number | undefined;
  readonly detached: readonly (number | undefined)[] | undefined;
  readonly nodes: readonly NodeSnapshot[];
}

/**
 * Deeper than the compiler accepts parameters (it reports them); cut there so that a value that
 * contains itself still ends.
 */
const maxValueDepth = 200;

/** Mirrors how the compiler reads a parameter value (see its `resolveParameters`). */
function snapshotValue(value: unknown, depth: number): ValueSnapshot {
  if (depth > maxValueDepth) return { kind: 'value', value: undefined };
  if (isResourceReference(value)) {
    return { kind: 'reference', resource: value.kind, name: value.name };
  }
  if (isDynamicValue(value)) return { kind: 'dynamic', path: value.path };
  if (isTextTemplate(value)) {
    return { kind: 'text', parts: value.parts.map((part) => snapshotValue(part, depth + 1)) };
  }
  if (Array.isArray(value)) {
    return { kind: 'list', items: value.map((item) => snapshotValue(item, depth + 1)) };
  }
  if (typeof value === 'object' && value !== null) {
    return {
      kind: 'record',
      entries: Object.entries(value).map(([key, item]) => [key, snapshotValue(item, depth + 1)]),
    };
  }
  // Functions and symbols cannot cross threads; nor can they be written as JSON.
  return {
    kind: 'value',
    value: typeof value === 'function' || typeof value === 'symbol' ? undefined : value,
  };
}

function snapshotFlow(exportName: string, definition: Record<string, unknown>): FlowSnapshot {
  const nodes: FlowNode[] = [];
  const index = new Map<FlowNode, number>();
  const add = (node: unknown): number | undefined => {
    if (!isFlowNode(node)) return undefined;
    const known = index.get(node);
    if (known !== undefined) return known;
    index.set(node, nodes.length);
    nodes.push(node);
    return nodes.length - 1;
  };
  const start = add(definition.start);
  const detached = Array.isArray(definition.detached)
    ? definition.detached.map(add)
    : definition.detached === undefined
      ? undefined
      : [];
  // Every block reachable through a branch, breadth first; `nodes` grows as it is read.
  for (let i = 0; i < nodes.length; i++) {
    for (const { target } of nodes[i]!.connections) add(target);
  }
  const fields = Object.fromEntries(
    Object.entries(definition).filter(([key]) => key !== 'start' && key !== 'detached'),
  );
  return {
    exportName,
    fields,
    start,
    detached,
    nodes: nodes.map((node) => ({
      missing: isMissingAction(node),
      blockId: node.blockId,
      mode: node.mode,
      actionType: node.actionType,
      parameters: snapshotValue(node.parameters, 0),
      problems: node.problems.map((problem) => ({ ...problem })),
      location: node.location,
      identifier: node.identifier,
      connections: node.connections.map(({ branch, transition, target }) => ({
        branch,
        transition,
        target: index.get(target)!,
      })),
    })),
  };
}

/**
 * The flows and modules among a module's exports (the values of `flow(...)` and
 * `flowModule(...)`), in export-name order, each once, as plain data: what the thread that ran a
 * `.flow.ts` source posts back. A flow exported under two names (`export default` as well) is
 * taken under the first.
 *
 * @example
 * ```ts
 * import { disconnect, flow } from '@contactflow/dsl';
 * import { snapshotFlows } from './flow-snapshot.js';
 * const [snapshot] = snapshotFlows({ main: flow('Main', { start: disconnect() }) });
 * snapshot?.nodes.length; // 1
 * ```
 */
export function snapshotFlows(exports: Readonly<Record<string, unknown>>): FlowSnapshot[] {
  const seen = new Set<unknown>();
  const flows: FlowSnapshot[] = [];
  for (const exportName of Object.keys(exports).sort()) {
    const value = exports[exportName];
    if (!isFlowDefinition(value) || seen.has(value)) continue;
    seen.add(value);
    flows.push(snapshotFlow(exportName, value as unknown as Record<string, unknown>));
  }
  return flows;
}
