import type { ActionShape, FlowShape, TransitionShape } from './flow-shape.js';

/**
 * The flow as a graph of actions, computed once per document and shared by the rules: which action
 * an identifier names, each action's successors, what is reachable from the start, and the
 * strongly connected components (the loops).
 */
export interface FlowGraph {
  readonly shape: FlowShape;
  /** The first action with each identifier. */
  readonly byId: ReadonlyMap<string, ActionShape>;
  /** The start action, when `StartAction` names one. */
  readonly start: ActionShape | undefined;
  /** The actions each action's transitions lead to (existing targets only), by action index. */
  successors(action: ActionShape): readonly ActionShape[];
  /** The actions that lead to an action, by action index. */
  predecessors(action: ActionShape): readonly ActionShape[];
  /** Indices of the actions reachable from the start. */
  readonly reachable: ReadonlySet<number>;
  /** Strongly connected components that contain a cycle, each a list of actions. */
  readonly loops: readonly (readonly ActionShape[])[];
  /** The transition of `from` that leads to `to`, first in document order. */
  edge(from: ActionShape, to: ActionShape): TransitionShape | undefined;
}

/** Builds the graph of a document's shape. */
export function buildFlowGraph(shape: FlowShape): FlowGraph {
  const byId = new Map<string, ActionShape>();
  for (const action of shape.actions) {
    if (action.id !== undefined && !byId.has(action.id)) byId.set(action.id, action);
  }
  const successors = shape.actions.map((action) => {
    const targets: ActionShape[] = [];
    for (const transition of action.transitions) {
      const target = byId.get(transition.target);
      if (target !== undefined && !targets.includes(target)) targets.push(target);
    }
    return targets;
  });
  const predecessors = shape.actions.map((): ActionShape[] => []);
  shape.actions.forEach((action, index) => {
    for (const target of successors[index]!) predecessors[target.index]!.push(action);
  });

  const start = shape.startAction === undefined ? undefined : byId.get(shape.startAction);
  const reachable = new Set<number>();
  const stack = start === undefined ? [] : [start];
  while (stack.length > 0) {
    const action = stack.pop()!;
    if (reachable.has(action.index)) continue;
    reachable.add(action.index);
    // A loop, not a spread: an action may have more branches than a call takes arguments.
    for (const next of successors[action.index]!) stack.push(next);
  }

  return {
    shape,
    byId,
    start,
    successors: (action) => successors[action.index] ?? [],
    predecessors: (action) => predecessors[action.index] ?? [],
    reachable,
    loops: stronglyConnectedLoops(shape.actions, successors),
    edge: (from, to) => from.transitions.find((t) => byId.get(t.target) === to),
  };
}

/**
 * Tarjan's algorithm, iterative so that a long chain of actions cannot overflow the stack. Keeps
 * the components that contain a cycle: more than one action, or one action that leads to itself.
 */
function stronglyConnectedLoops(
  actions: readonly ActionShape[],
  successors: readonly (readonly ActionShape[])[],
): ActionShape[][] {
  const index = new Array<number>(actions.length).fill(-1);
  const low = new Array<number>(actions.length).fill(0);
  const onStack = new Array<boolean>(actions.length).fill(false);
  const stack: number[] = [];
  const loops: ActionShape[][] = [];
  let counter = 0;

  for (let root = 0; root < actions.length; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = successors[frame.node]!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!.index;
        if (index[target] === -1) {
          index[target] = low[target] = counter++;
          stack.push(target);
          onStack[target] = true;
          work.push({ node: target, next: 0 });
        } else if (onStack[target]) {
          low[frame.node] = Math.min(low[frame.node]!, index[target]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] !== index[frame.node]) continue;
      const component: ActionShape[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = false;
        component.push(actions[member]!);
      } while (member !== frame.node);
      const selfLoop = successors[frame.node]!.some((t) => t.index === frame.node);
      if (component.length > 1 || selfLoop) loops.push(component.sort((a, b) => a.index - b.index));
    }
  }
  return loops.sort((a, b) => a[0]!.index - b[0]!.index);
}
