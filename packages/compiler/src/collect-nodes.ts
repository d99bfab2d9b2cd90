import { isMissingAction, type Connection, type FlowNode } from '@contactflow/dsl';

const transitionRank = { next: 0, condition: 1, verbatim: 1, error: 2 } as const;

/**
 * A node's connections in the order the compiler writes them: `NextAction`, then conditions in the
 * order they were added, then error branches in the order they were added.
 */
export function orderedConnections(node: FlowNode): readonly Connection[] {
  return [...node.connections].sort(
    (a, b) => transitionRank[a.transition.kind] - transitionRank[b.transition.kind],
  );
}

/**
 * Every node reachable from the start, breadth first in connection order, then those reachable from
 * each detached block not met yet, in the order they are listed. The order is a function of the
 * graph alone, so it is the same on every run. A `missingAction(...)` is no node of the flow, so
 * it is never collected.
 */
export function collectNodes(
  start: FlowNode | undefined,
  detached: readonly FlowNode[] = [],
): readonly FlowNode[] {
  const seen = new Set<FlowNode>();
  const queue: FlowNode[] = [];
  const add = (node: FlowNode) => {
    if (seen.has(node) || isMissingAction(node)) return;
    seen.add(node);
    queue.push(node);
  };
  let index = 0;
  for (const root of start === undefined ? detached : [start, ...detached]) {
    add(root);
    for (; index < queue.length; index++) {
      for (const { target } of orderedConnections(queue[index]!)) add(target);
    }
  }
  return queue;
}
