/**
 * dagre recurses once per node of the graph it lays out, and adds a node for each rank an edge
 * crosses: a long chain exhausts the stack, and many long back edges (every block returning to the
 * first) take minutes. Graphs beyond these sizes are laid out without dagre; no flow the service
 * accepts (250 actions) comes near them in practice.
 */
const maxLayeredNodes = 1_000;
const maxLayeredWork = 4_000;

/**
 * The rank of each node: its distance in branches from the first node, or from the first node of
 * its own part for nodes the first does not reach. Breadth first and without recursion, so that
 * ranks are the same on every run and any graph size is safe.
 *
 * @example
 * ```ts
 * import { graphRanks } from './layered-layout-budget.js';
 * graphRanks(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]).get('c'); // 2
 * ```
 */
export function graphRanks(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): Map<string, number> {
  const successors = new Map<string, string[]>(nodes.map((node) => [node, []]));
  for (const [from, to] of edges) successors.get(from)?.push(to);
  const ranks = new Map<string, number>();
  for (const root of nodes) {
    if (ranks.has(root)) continue;
    ranks.set(root, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const rank = ranks.get(queue[i]!)! + 1;
      for (const next of successors.get(queue[i]!) ?? []) {
        if (ranks.has(next) || !successors.has(next)) continue;
        ranks.set(next, rank);
        queue.push(next);
      }
    }
  }
  return ranks;
}

/**
 * Whether dagre can lay the graph out safely and soon: few enough nodes, and few enough ranks
 * crossed by edges (counted twice where labels make dagre double the ranks).
 *
 * @example
 * ```ts
 * import { fitsLayeredLayout } from './layered-layout-budget.js';
 * fitsLayeredLayout(['a', 'b'], [['a', 'b']], { labelled: false }); // true
 * ```
 */
export function fitsLayeredLayout(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  options: { readonly labelled: boolean },
): boolean {
  if (nodes.length > maxLayeredNodes) return false;
  const ranks = graphRanks(nodes, edges);
  const factor = options.labelled ? 2 : 1;
  let work = nodes.length;
  for (const [from, to] of edges) {
    const span = Math.abs((ranks.get(to) ?? 0) - (ranks.get(from) ?? 0));
    work += Math.max(0, span * factor - 1);
    if (work > maxLayeredWork) return false;
  }
  return true;
}
