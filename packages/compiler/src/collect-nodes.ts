import type { Connection, FlowNode } from '@contactflow/dsl';

const transitionRank = { next: 0, condition: 1, error: 2 } as const;

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
 * Every node reachable from the start, breadth first in connection order. The order is a function of
 * the graph alone, so it is the same on every run.
 */
export function collectNodes(start: FlowNode): readonly FlowNode[] {
  const seen = new Set<FlowNode>([start]);
  const queue: FlowNode[] = [start];
  for (let index = 0; index < queue.length; index++) {
    for (const { target } of orderedConnections(queue[index]!)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return queue;
}
