import dagre from '@dagrejs/dagre';
import { fitsLayeredLayout } from './layered-layout-budget.js';
import { linearLayeredLayout } from './linear-layered-layout.js';

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
const nodeSpacing = 50;
const rankSpacing = 110;

/**
 * Flows of up to this many blocks, which is nearly every flow written by hand, are laid out by
 * dagre. Its time grows faster than the flow (about 20 ms for 25 blocks and 300 ms for 250 here,
 * most of it in the helper nodes it adds for every column a branch crosses), so larger flows get
 * the linear layered layout instead, which takes a few milliseconds for 250 blocks.
 */
const maxDagreBlocks = 60;

/**
 * A layered left-to-right layout, so that a published flow reads from its entry point to its ends
 * in the console designer. dagre is deterministic for the same insertion order, and callers insert
 * in traversal order. A flow too big for dagre to lay out soon is laid out by
 * {@link linearLayeredLayout}. Coordinates are whole numbers, the block's top-left corner.
 *
 * @example
 * ```ts
 * import { layoutFlow } from './layout.js';
 * const { entryPoint, actions } = layoutFlow([
 *   { id: 'hello', branchCount: 2, successors: ['bye', 'bye'] },
 *   { id: 'bye', branchCount: 0, successors: [] },
 * ]);
 * actions.get('bye'); // { x: 590, y: 66 }
 * ```
 */
export function layoutFlow(nodes: readonly LayoutNode[]): FlowLayout {
  const edges = nodes.flatMap((node) =>
    node.successors.map((successor) => [node.id, successor] as const),
  );
  const ids = nodes.map((node) => node.id);
  return nodes.length <= maxDagreBlocks && fitsLayeredLayout(ids, edges, { labelled: false })
    ? layeredLayout(nodes)
    : linearLayout(nodes);
}

/** Columns of {@link linearLayeredLayout} as far apart as dagre's ranks. */
function linearLayout(nodes: readonly LayoutNode[]): FlowLayout {
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const { columns, tops } = linearLayeredLayout(
    nodes.map((node) => ({
      height: heightOf(node),
      successors: node.successors.flatMap((id) => indexOf.get(id) ?? []),
    })),
    nodeSpacing,
  );
  const actions = new Map<string, Position>();
  nodes.forEach((node, index) => {
    actions.set(node.id, {
      x: columns[index]! * (blockWidth + rankSpacing) + margin + entryPointWidth,
      y: tops[index]! + margin,
    });
  });
  const start = nodes[0] === undefined ? undefined : actions.get(nodes[0].id);
  return { entryPoint: { x: margin, y: start?.y ?? margin }, actions };
}

// dagre keeps nodes in plain objects and asks `id in nodes`: an identifier such as `constructor`
// or `__proto__` would find Object.prototype there. A prefix no member name has keeps them apart.
const keyOf = (id: string) => `n:${id}`;

function layeredLayout(nodes: readonly LayoutNode[]): FlowLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: 'LR',
    nodesep: nodeSpacing,
    ranksep: rankSpacing,
    marginx: 0,
    marginy: 0,
  });
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
