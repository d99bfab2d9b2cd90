import { findAction } from '@contactflow/dsl/catalog';
import type { FlowGraph } from './flow-graph.js';
import type { ActionShape } from './flow-shape.js';

/** Picks actions out of a flow: the ones that set something, need something, or end a search. */
export type ActionTest = (action: ActionShape) => boolean;

/** Options of {@link reachableAvoiding}. */
export interface AvoidingOptions {
  /** Where paths begin; the start action by default. */
  readonly from?: ActionShape;
  /**
   * Whether a barrier's error branches carry paths on. An action that took an error branch did
   * not do its work, so what it stands for (a queue set, a Lambda response) is still missing there.
   */
  readonly throughErrors?: boolean;
}

/** The actions that paths from one origin reach without passing a barrier first. */
export interface AvoidingPaths {
  /** Whether some path reaches the action with no barrier before it (the action itself may be one). */
  has(action: ActionShape): boolean;
  /** A shortest such path, origin first and the action last; `undefined` when there is none. */
  pathTo(action: ActionShape): readonly ActionShape[] | undefined;
}

/**
 * Whether the catalog does not know the action's type. Path rules count such actions as able to
 * set whatever they look for: a rule must not guess against them, and the unknown type is
 * reported on its own.
 */
export function isUnknownAction(action: ActionShape): boolean {
  return action.type === undefined || findAction(action.type) === undefined;
}

const noPaths: AvoidingPaths = { has: () => false, pathTo: () => undefined };

// Each rule passes its tests as module-level functions, so the function itself keys the cache and
// rules that ask the same question of one document share a single search.
const avoidingCache = new WeakMap<FlowGraph, Map<ActionTest, Map<string, AvoidingPaths>>>();
const leadsToCache = new WeakMap<FlowGraph, Map<ActionTest, ReadonlySet<number>>>();

function cached<V>(
  cache: WeakMap<FlowGraph, Map<ActionTest, V>>,
  graph: FlowGraph,
  test: ActionTest,
): { get(): V | undefined; set(value: V): V } {
  let byTest = cache.get(graph);
  if (byTest === undefined) cache.set(graph, (byTest = new Map()));
  const map = byTest;
  return { get: () => map.get(test), set: (value) => (map.set(test, value), value) };
}

/** The targets a path may take from an action, given whether the action is a barrier. */
function onwardTargets(
  graph: FlowGraph,
  action: ActionShape,
  isBarrier: boolean,
  throughErrors: boolean,
): readonly ActionShape[] {
  if (!isBarrier) return graph.successors(action);
  if (!throughErrors) return [];
  const targets: ActionShape[] = [];
  for (const transition of action.transitions) {
    if (transition.kind !== 'error') continue;
    const target = graph.byId.get(transition.target);
    if (target !== undefined && !targets.includes(target)) targets.push(target);
  }
  return targets;
}

function searchAvoiding(
  graph: FlowGraph,
  origin: ActionShape,
  barrier: ActionTest,
  throughErrors: boolean,
): AvoidingPaths {
  // Breadth first, so that the recorded parents give shortest paths; every action is entered at
  // most once, which keeps cycles harmless and the cost linear in the size of the graph.
  const parent = new Map<number, number>([[origin.index, -1]]);
  const queue: ActionShape[] = [origin];
  for (let head = 0; head < queue.length; head++) {
    const action = queue[head]!;
    for (const target of onwardTargets(graph, action, barrier(action), throughErrors)) {
      if (parent.has(target.index)) continue;
      parent.set(target.index, action.index);
      queue.push(target);
    }
  }
  const actions = graph.shape.actions;
  return {
    has: (action) => parent.has(action.index),
    pathTo(action) {
      if (!parent.has(action.index)) return undefined;
      const path: ActionShape[] = [];
      for (let at = action.index; at !== -1; at = parent.get(at)!) path.push(actions[at]!);
      return path.reverse();
    },
  };
}

/**
 * The actions reachable from the start (or `from`) by a path on which no action before them
 * matches `barrier`: "can the contact get here without having passed a Set working queue?".
 * A barrier is itself reached, but paths stop there unless `throughErrors` lets its error
 * branches go on. Linear in the size of the graph, iterative, and cached per document, barrier
 * and options.
 *
 * @example
 * ```ts
 * import { buildFlowGraph, readFlowShape, reachableAvoiding, type ActionShape } from '@contactflow/validator';
 * const graph = buildFlowGraph(
 *   readFlowShape({
 *     StartAction: 'transfer',
 *     Actions: [{ Identifier: 'transfer', Type: 'TransferContactToQueue', Transitions: {} }],
 *   }),
 * );
 * const setsQueue = (a: ActionShape) => a.type === 'UpdateContactTargetQueue';
 * const transfer = graph.byId.get('transfer')!;
 * reachableAvoiding(graph, setsQueue).has(transfer); // true: no queue is set on the way
 * ```
 */
export function reachableAvoiding(
  graph: FlowGraph,
  barrier: ActionTest,
  options: AvoidingOptions = {},
): AvoidingPaths {
  const origin = options.from ?? graph.start;
  if (origin === undefined) return noPaths;
  const throughErrors = options.throughErrors ?? false;
  const slot = cached(avoidingCache, graph, barrier);
  const byOptions = slot.get() ?? slot.set(new Map());
  const key = `${origin.index}:${throughErrors}`;
  let found = byOptions.get(key);
  if (found === undefined) {
    found = searchAvoiding(graph, origin, barrier, throughErrors);
    byOptions.set(key, found);
  }
  return found;
}

/**
 * Whether `target` is reachable from the start (or `from`) by a path that avoids every action
 * matching `barrier` before it.
 */
export function isReachableAvoiding(
  graph: FlowGraph,
  target: ActionShape,
  barrier: ActionTest,
  options: AvoidingOptions = {},
): boolean {
  return reachableAvoiding(graph, barrier, options).has(target);
}

/**
 * Indices of the actions from which at least one transition leads, directly or through other
 * actions, to an action matching `goal`. An action matching `goal` is in the set only when a
 * path leads from it to a goal again (a loop, or another goal further on). One backward search
 * over the whole graph, iterative and cached per document and goal.
 *
 * @example
 * ```ts
 * import { buildFlowGraph, leadsTo, readFlowShape, type ActionShape } from '@contactflow/validator';
 * const graph = buildFlowGraph(
 *   readFlowShape({
 *     StartAction: 'criteria',
 *     Actions: [{ Identifier: 'criteria', Type: 'UpdateRoutingCriteria', Transitions: {} }],
 *   }),
 * );
 * const transfers = (a: ActionShape) => a.type === 'TransferContactToQueue';
 * leadsTo(graph, transfers).has(0); // false: nothing after it queues the contact
 * ```
 */
export function leadsTo(graph: FlowGraph, goal: ActionTest): ReadonlySet<number> {
  const slot = cached(leadsToCache, graph, goal);
  const known = slot.get();
  if (known !== undefined) return known;
  const found = new Set<number>();
  const stack: ActionShape[] = graph.shape.actions.filter(goal);
  while (stack.length > 0) {
    const action = stack.pop()!;
    for (const before of graph.predecessors(action)) {
      if (found.has(before.index)) continue;
      found.add(before.index);
      stack.push(before);
    }
  }
  return slot.set(found);
}

/**
 * Words for a message about a path that reaches an action with `missing` nowhere before it:
 * `the path "a" → "b" → "c" reaches it with no Set working queue before it` (the middle left out
 * when long), or `it is the first action of the flow, with no … before it`.
 */
export function describePath(path: readonly ActionShape[], missing: string): string {
  if (path.length <= 1) return `it is the first action of the flow, with no ${missing} before it`;
  const names = path.map((action) => `"${action.id ?? action.index + 1}"`);
  const shown = names.length > 5 ? [...names.slice(0, 2), '…', ...names.slice(-2)] : names;
  return `the path ${shown.join(' → ')} reaches it with no ${missing} before it`;
}
