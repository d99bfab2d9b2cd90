import dagre from '@dagrejs/dagre';

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
 * in traversal order. Coordinates are whole numbers, the block's top-left corner.
 */
export function layoutFlow(nodes: readonly LayoutNode[]): FlowLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 50, ranksep: 110, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(node.id, { width: blockWidth, height: heightOf(node) });
  }
  for (const node of nodes) {
    for (const successor of node.successors) {
      // The designer draws a block's edge back to itself without help from the layout.
      if (successor !== node.id) graph.setEdge(node.id, successor);
    }
  }
  dagre.layout(graph);

  const actions = new Map<string, Position>();
  for (const node of nodes) {
    const { x, y } = graph.node(node.id);
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
