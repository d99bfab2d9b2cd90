import dagre from '@dagrejs/dagre';
import { fitsLayeredLayout, graphRanks } from './layered-layout-budget.js';

/** A point in the console designer's canvas. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** What the layout needs of one action. */
export interface LayoutNode {
  readonly id: string;
  /** Branches shown on the block; the designer draws one row for each. */
  readonly branchCount: number;
  readonly successors: readonly string[];
}

/** Where the designer draws the entry point and each block. */
export interface FlowLayout {
  readonly entryPoint: Position;
  readonly actions: ReadonlyMap<string, Position>;
}

const blockWidth = 240;
const headerHeight = 90;
const branchHeight = 26;
const entryPointWidth = 200;
const margin = 40;

/**
 * A layered left-to-right layout, so that a published flow reads from its entry point to its ends
 * in the console designer. dagre is deterministic for the same insertion order, and callers insert
 * in traversal order. A graph too big for dagre to lay out safely and soon (far more blocks than a
 * flow may have) is set out in columns by rank instead. Coordinates are whole numbers, the block's
 * top-left corner.
 */
export function layoutFlow(nodes: readonly LayoutNode[]): FlowLayout {
  const edges = nodes.flatMap((node) =>
    node.successors.map((successor) => [node.id, successor] as const),
  );
  const ids = nodes.map((node) => node.id);
  return fitsLayeredLayout(ids, edges, { labelled: false })
    ? layeredLayout(nodes)
    : rankLayout(nodes, graphRanks(ids, edges));
}

/** Columns by rank, blocks stacked in each in traversal order: for graphs too big for dagre. */
function rankLayout(nodes: readonly LayoutNode[], ranks: ReadonlyMap<string, number>): FlowLayout {
  const columnHeights = new Map<number, number>();
  const actions = new Map<string, Position>();
  for (const node of nodes) {
    const rank = ranks.get(node.id) ?? 0;
    const top = columnHeights.get(rank) ?? 0;
    actions.set(node.id, {
      x: rank * (blockWidth + 110) + margin + entryPointWidth,
      y: top + margin,
    });
    columnHeights.set(rank, top + heightOf(node) + 50);
  }
  const start = nodes[0] === undefined ? undefined : actions.get(nodes[0].id);
  return { entryPoint: { x: margin, y: start?.y ?? margin }, actions };
}

// dagre keeps nodes in plain objects and asks `id in nodes`: an identifier such as `constructor`
// or `__proto__` would find Object.prototype there. A prefix no member name has keeps them apart.
const keyOf = (id: string) => `n:${id}`;

function layeredLayout(nodes: readonly LayoutNode[]): FlowLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 50, ranksep: 110, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(keyOf(node.id), { width: blockWidth, height: heightOf(node) });
  }
  for (const node of nodes) {
    for (const successor of node.successors) {
      // The designer draws a block's edge back to itself without help from the layout.
      if (successor !== node.id) graph.setEdge(keyOf(node.id), keyOf(successor));
    }
  }
  dagre.layout(graph);

  const actions = new Map<string, Position>();
  for (const node of nodes) {
    const { x, y } = graph.node(keyOf(node.id));
    actions.set(node.id, {
      x: Math.round(x - blockWidth / 2) + margin + entryPointWidth,
      y: Math.round(y - heightOf(node) / 2) + margin,
    });
  }
  const start = nodes[0] === undefined ? undefined : actions.get(nodes[0].id);
  return { entryPoint: { x: margin, y: start?.y ?? margin }, actions };
}

function heightOf(node: LayoutNode): number {
  return headerHeight + branchHeight * node.branchCount;
}
