import { fitsLayeredLayout, graphRanks } from '../layered-layout-budget.js';
import type { DiagramEdge, DiagramNode, FlowDiagram } from './build-diagram.js';
import { fitText, oneLine, textWidth, wrapText, type TextStyle } from './text-metrics.js';

/** A point of the drawing, in pixels from its top-left corner. */
export interface DiagramPoint {
  readonly x: number;
  readonly y: number;
}

/** The parts of a box's text, each set in its own style. */
export type BoxTextRole = 'title' | 'name' | 'identifier' | 'detail';

/** One line of text in a box; `y` is the baseline, relative to the box's top. */
export interface BoxLine {
  readonly role: BoxTextRole;
  readonly y: number;
  /** A bold prefix ("Queue:"), on the first line of a detail. */
  readonly label?: string;
  readonly text: string;
}

/** A box with its place and its text broken into lines. */
export interface PlacedBox {
  /** `undefined` for the entry point. */
  readonly node: DiagramNode | undefined;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly BoxLine[];
  /** The labels of branches that lead back to the box itself, drawn as a loop above it. */
  readonly selfLoop?: { readonly edge: DiagramEdge; readonly labelWidth: number };
}

/** An arrow's route and where its label sits. */
export interface PlacedEdge {
  readonly edge: DiagramEdge;
  readonly points: readonly DiagramPoint[];
  /** The centre of the label. */
  readonly labelAt: DiagramPoint;
  readonly labelLines: readonly string[];
  readonly labelWidth: number;
}

/** Where everything of a diagram goes. */
export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly PlacedBox[];
  readonly edges: readonly PlacedEdge[];
}

/** Text styles shared by the layout, which measures, and the SVG, which draws. */
export const diagramText: Readonly<Record<BoxTextRole | 'edge' | 'entry', TextStyle>> = {
  title: { size: 13, bold: true },
  name: { size: 12, bold: true },
  identifier: { size: 10.5, mono: true },
  detail: { size: 11.5 },
  edge: { size: 11 },
  entry: { size: 12, bold: true },
};

/** Box measurements, shared with the SVG renderer. */
export const boxGeometry = {
  width: 250,
  headerHeight: 28,
  padding: 10,
  lineHeight: 15,
  /** Room kept above a box that has a branch back to itself. */
  loopHeight: 30,
  entryWidth: 104,
  entryHeight: 34,
  edgeLabelMaxWidth: 150,
  edgeLabelLineHeight: 13,
} as const;

const maxDetailLines = 3;

function boxLines(node: DiagramNode): { lines: BoxLine[]; height: number } {
  const { width, headerHeight, padding, lineHeight } = boxGeometry;
  const inner = width - 2 * padding;
  const lines: BoxLine[] = [
    { role: 'title', y: 19, text: fitText(oneLine(node.title), inner, diagramText.title) },
  ];
  let y = headerHeight + padding;
  const add = (role: BoxTextRole, text: string, label?: string) => {
    y += lineHeight;
    lines.push({ role, y: y - 4, text, ...(label === undefined ? {} : { label }) });
  };
  if (node.name !== undefined) add('name', fitText(oneLine(node.name), inner, diagramText.name));
  else if (node.identifier !== undefined) {
    add('identifier', fitText(oneLine(node.identifier), inner, diagramText.identifier));
  } else if (node.kind !== 'missing') add('identifier', '(no identifier)');
  for (const detail of node.details) {
    const label = `${detail.label}:`;
    const labelWidth = textWidth(`${label} `, { ...diagramText.detail, bold: true });
    const wrapped = wrapText(
      detail.value,
      (line) => (line === 0 ? inner - labelWidth : inner),
      diagramText.detail,
      maxDetailLines,
    );
    wrapped.forEach((text, index) => add('detail', text, index === 0 ? label : undefined));
  }
  return { lines, height: y + padding };
}

function labelLines(label: string): { lines: string[]; width: number } {
  const lines = wrapText(oneLine(label), boxGeometry.edgeLabelMaxWidth, diagramText.edge, 2);
  const width = Math.max(...lines.map((line) => textWidth(line, diagramText.edge)), 0);
  return { lines, width: Math.ceil(width) + 8 };
}

interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Which side of a box faces a point beside it; `undefined` for a point above or below it. */
function facingSide(box: Bounds, toward: DiagramPoint): 'left' | 'right' | undefined {
  if (toward.x > box.x + box.width) return 'right';
  if (toward.x < box.x) return 'left';
  return undefined;
}

const stub = 14;

/**
 * Where an arrow leaves (or enters) a box on its way to (or from) `toward`. Branches leave a block
 * on the right and enter on the left in the console; the arrows here do the same, level for a
 * short stub, where the layout allows, and keep dagre's own end point `start` otherwise.
 */
function leave(box: Bounds, start: DiagramPoint, toward: DiagramPoint): DiagramPoint[] {
  const side = facingSide(box, toward);
  if (side === undefined) return [start];
  const inset = Math.min(12, box.height / 2);
  const y = clamp(toward.y, box.y + inset, box.y + box.height - inset);
  const x = side === 'right' ? box.x + box.width : box.x;
  const out = side === 'right' ? x + stub : x - stub;
  // A stub only where there is room for it before the next bend.
  return Math.abs(toward.x - x) > 2 * stub
    ? [
        { x, y },
        { x: out, y },
      ]
    : [{ x, y }];
}

function attach(points: readonly DiagramPoint[], from: Bounds, to: Bounds): DiagramPoint[] {
  if (points.length < 2) return [...points];
  const inner = points.slice(1, -1);
  const head = leave(from, points[0]!, points[1]!);
  const tail = leave(to, points[points.length - 1]!, points[points.length - 2]!).reverse();
  return [...head, ...inner, ...tail].map(({ x, y }) => ({ x: round(x), y: round(y) }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Places the boxes and routes the arrows of a diagram left to right with dagre, loaded on first
 * use, with box sizes from the text they hold (estimated, so that no browser is needed). The same
 * diagram gives the same layout: boxes and arrows are added in the diagram's order and every
 * coordinate is rounded to a tenth of a pixel. A diagram too big for dagre to lay out safely and
 * soon (far more blocks than a flow may have) gets columns by rank and straight arrows instead.
 */
export async function layoutDiagram(diagram: FlowDiagram): Promise<DiagramLayout> {
  const ids = ['entry', ...diagram.nodes.map((node) => node.key)];
  const links = [
    ...(diagram.start === undefined ? [] : [['entry', diagram.start] as const]),
    ...diagram.edges
      .filter((edge) => edge.from !== edge.to)
      .map((edge) => [edge.from, edge.to] as const),
  ];
  if (!fitsLayeredLayout(ids, links, { labelled: true })) {
    return rankLayout(diagram, graphRanks(ids, links));
  }
  const { graphlib, layout } = await import('@dagrejs/dagre');
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: 'LR',
    nodesep: 28,
    edgesep: 14,
    ranksep: 48,
    marginx: 24,
    marginy: 24,
  });

  const selfLoops = new Map<string, DiagramEdge>();
  for (const edge of diagram.edges) {
    // dagre draws a branch back to the same box across the box itself; such loops are drawn here,
    // above the box, in room kept for them (one arrow: their labels are joined).
    if (edge.from !== edge.to) continue;
    const known = selfLoops.get(edge.from);
    selfLoops.set(
      edge.from,
      known === undefined ? edge : { ...known, label: `${known.label} / ${edge.label}` },
    );
  }

  const contents = new Map<string, { lines: BoxLine[]; height: number }>();
  graph.setNode('entry', { width: boxGeometry.entryWidth, height: boxGeometry.entryHeight });
  for (const node of diagram.nodes) {
    const content = boxLines(node);
    contents.set(node.key, content);
    const loop = selfLoops.has(node.key) ? boxGeometry.loopHeight : 0;
    graph.setNode(node.key, { width: boxGeometry.width, height: content.height + loop });
  }
  const labels = new Map<DiagramEdge, { lines: string[]; width: number }>();
  if (diagram.start !== undefined) {
    graph.setEdge('entry', diagram.start, { width: 0, height: 0, minlen: 1 }, 'entry');
  }
  for (const edge of diagram.edges) {
    if (edge.from === edge.to) continue;
    const label = labelLines(edge.label);
    labels.set(edge, label);
    const height = label.lines.length * boxGeometry.edgeLabelLineHeight + 4;
    graph.setEdge(
      edge.from,
      edge.to,
      { width: label.width, height, labelpos: 'c' },
      `${edge.kind}`,
    );
  }
  layout(graph);

  const boxes: PlacedBox[] = [];
  const entry = graph.node('entry');
  boxes.push({
    node: undefined,
    x: round(entry.x! - boxGeometry.entryWidth / 2),
    y: round(entry.y! - boxGeometry.entryHeight / 2),
    width: boxGeometry.entryWidth,
    height: boxGeometry.entryHeight,
    lines: [],
  });
  for (const node of diagram.nodes) {
    const placed = graph.node(node.key);
    const content = contents.get(node.key)!;
    const loop = selfLoops.get(node.key);
    const top = placed.y! - placed.height / 2 + (loop === undefined ? 0 : boxGeometry.loopHeight);
    boxes.push({
      node,
      x: round(placed.x! - boxGeometry.width / 2),
      y: round(top),
      width: boxGeometry.width,
      height: content.height,
      lines: content.lines,
      ...(loop === undefined
        ? {}
        : { selfLoop: { edge: loop, labelWidth: labelLines(loop.label).width } }),
    });
  }

  const bounds = new Map<string, Bounds>();
  bounds.set('entry', boxes[0]!);
  for (const box of boxes) if (box.node !== undefined) bounds.set(box.node.key, box);
  const edges: PlacedEdge[] = [];
  const entryEdge =
    diagram.start === undefined ? undefined : graph.edge('entry', diagram.start, 'entry');
  if (entryEdge !== undefined && diagram.start !== undefined) {
    edges.push({
      edge: { from: 'entry', to: diagram.start, kind: 'next', label: '' },
      points: attach(entryEdge.points ?? [], bounds.get('entry')!, bounds.get(diagram.start)!),
      labelAt: { x: 0, y: 0 },
      labelLines: [],
      labelWidth: 0,
    });
  }
  for (const edge of diagram.edges) {
    const label = labels.get(edge);
    if (label === undefined) continue;
    const routed = graph.edge(edge.from, edge.to, edge.kind);
    edges.push({
      edge,
      points: attach(routed.points ?? [], bounds.get(edge.from)!, bounds.get(edge.to)!),
      labelAt: { x: round(routed.x ?? 0), y: round(routed.y ?? 0) },
      labelLines: label.lines,
      labelWidth: label.width,
    });
  }
  const size = graph.graph();
  return {
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    boxes,
    edges,
  };
}

/** Columns by rank, boxes stacked in diagram order, straight arrows: for diagrams too big for dagre. */
function rankLayout(diagram: FlowDiagram, ranks: ReadonlyMap<string, number>): DiagramLayout {
  const columnGap = 120;
  const rowGap = 28;
  const marginSize = 24;
  const columnWidth = boxGeometry.width + columnGap;
  const columnHeights = new Map<number, number>();
  const place = (key: string, height: number) => {
    const rank = ranks.get(key) ?? 0;
    const top = columnHeights.get(rank) ?? marginSize;
    columnHeights.set(rank, top + height + rowGap);
    return { x: marginSize + rank * columnWidth, y: top };
  };
  const entry = place('entry', boxGeometry.entryHeight);
  const boxes: PlacedBox[] = [
    {
      node: undefined,
      ...entry,
      width: boxGeometry.entryWidth,
      height: boxGeometry.entryHeight,
      lines: [],
    },
  ];
  const bounds = new Map<string, Bounds>([['entry', boxes[0]!]]);
  for (const node of diagram.nodes) {
    const content = boxLines(node);
    const box: PlacedBox = {
      node,
      ...place(node.key, content.height),
      width: boxGeometry.width,
      height: content.height,
      lines: content.lines,
    };
    boxes.push(box);
    bounds.set(node.key, box);
  }
  const straight = (edge: DiagramEdge, label: { lines: string[]; width: number }): PlacedEdge => {
    const from = bounds.get(edge.from)!;
    const to = bounds.get(edge.to)!;
    const start = { x: round(from.x + from.width), y: round(from.y + from.height / 2) };
    const end = { x: round(to.x), y: round(to.y + to.height / 2) };
    return {
      edge,
      points: [start, end],
      labelAt: { x: round((start.x + end.x) / 2), y: round((start.y + end.y) / 2) },
      labelLines: label.lines,
      labelWidth: label.width,
    };
  };
  const edges: PlacedEdge[] = [];
  if (diagram.start !== undefined && bounds.has(diagram.start)) {
    const edge: DiagramEdge = { from: 'entry', to: diagram.start, kind: 'next', label: '' };
    edges.push(straight(edge, { lines: [], width: 0 }));
  }
  for (const edge of diagram.edges) {
    if (edge.from === edge.to || !bounds.has(edge.from) || !bounds.has(edge.to)) continue;
    edges.push(straight(edge, labelLines(edge.label)));
  }
  // Folded rather than spread: a spread of many thousand values overflows the stack.
  const columns = [...ranks.values()].reduce((most, rank) => Math.max(most, rank), 0) + 1;
  const tallest = [...columnHeights.values()].reduce((most, height) => Math.max(most, height), 0);
  return {
    width: Math.ceil(2 * marginSize + columns * columnWidth - columnGap),
    height: Math.ceil(tallest + marginSize),
    boxes,
    edges,
  };
}
