import type { ActionCategory } from '@contactflow/dsl/catalog';
import { buildDiagram, type DiagramEdgeKind, type DiagramNode } from './build-diagram.js';
import { escapeXml } from './escape-xml.js';
import {
  boxGeometry,
  diagramText,
  layoutDiagram,
  type BoxLine,
  type DiagramLayout,
  type DiagramPoint,
  type PlacedBox,
  type PlacedEdge,
} from './layout-diagram.js';

const fontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";
const monoFamily = "'DejaVu Sans Mono', Menlo, Consolas, monospace";

interface HeaderColours {
  readonly fill: string;
  readonly text: string;
}

// Header colours by the catalog's action category, so that similar blocks look alike.
const categoryColours: Readonly<Record<ActionCategory, HeaderColours>> = {
  participant: { fill: '#dbeafe', text: '#1e3a8a' },
  contact: { fill: '#dcfce7', text: '#14532d' },
  'flow-control': { fill: '#fef3c7', text: '#78350f' },
  interaction: { fill: '#ede9fe', text: '#4c1d95' },
};
const unknownColours: HeaderColours = { fill: '#e5e7eb', text: '#374151' };
const terminalColours: HeaderColours = { fill: '#374151', text: '#ffffff' };
const missingColours: HeaderColours = { fill: '#fee2e2', text: '#991b1b' };

const edgeColours: Readonly<Record<DiagramEdgeKind, string>> = {
  next: '#475569',
  condition: '#2563eb',
  error: '#dc2626',
};

/** A coordinate as the SVG writes it: at most one decimal, never `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

function headerColours(node: DiagramNode): HeaderColours {
  switch (node.kind) {
    case 'terminal':
      return terminalColours;
    case 'missing':
      return missingColours;
    case 'unknown':
      return unknownColours;
    case 'action':
      return node.category === undefined ? unknownColours : categoryColours[node.category];
  }
}

function unit(a: DiagramPoint, b: DiagramPoint): DiagramPoint {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
}

/** A polyline with its corners rounded, so that bends read as one arrow. */
function routePath(points: readonly DiagramPoint[], radius = 10): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let path = `M${num(first.x)},${num(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [before, corner, after] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(
      radius,
      Math.hypot(corner.x - before.x, corner.y - before.y) / 2,
      Math.hypot(after.x - corner.x, after.y - corner.y) / 2,
    );
    const into = unit(before, corner);
    const out = unit(corner, after);
    path += ` L${num(corner.x - into.x * r)},${num(corner.y - into.y * r)}`;
    path += ` Q${num(corner.x)},${num(corner.y)} ${num(corner.x + out.x * r)},${num(corner.y + out.y * r)}`;
  }
  const last = points[points.length - 1]!;
  return `${path} L${num(last.x)},${num(last.y)}`;
}

function edgeStroke(kind: DiagramEdgeKind): string {
  const dash = kind === 'error' ? ' stroke-dasharray="6 4"' : '';
  return `fill="none" stroke="${edgeColours[kind]}" stroke-width="1.6"${dash} marker-end="url(#cf-arrow-${kind})"`;
}

function edgeLabel(
  kind: DiagramEdgeKind,
  at: DiagramPoint,
  lines: readonly string[],
  width: number,
): string {
  if (lines.length === 0) return '';
  const lineHeight = boxGeometry.edgeLabelLineHeight;
  const height = lines.length * lineHeight + 4;
  const top = at.y - height / 2;
  const texts = lines
    .map(
      (line, index) =>
        `<text x="${num(at.x)}" y="${num(top + 2 + (index + 1) * lineHeight - 3)}" text-anchor="middle">${escapeXml(line)}</text>`,
    )
    .join('');
  return (
    `<rect x="${num(at.x - width / 2)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" rx="3" fill="#ffffff" fill-opacity="0.92"/>` +
    `<g fill="${edgeColours[kind]}" font-size="${diagramText.edge.size}">${texts}</g>`
  );
}

function renderEdge(placed: PlacedEdge): string {
  const { edge } = placed;
  const attributes =
    edge.from === 'entry'
      ? 'class="edge edge-entry"'
      : `class="edge edge-${edge.kind}" data-from="${edge.from}" data-to="${edge.to}"`;
  return (
    `<g ${attributes}>` +
    `<path d="${routePath(placed.points)}" ${edgeStroke(edge.kind)}/>` +
    edgeLabel(edge.kind, placed.labelAt, placed.labelLines, placed.labelWidth) +
    '</g>'
  );
}

function renderSelfLoop(box: PlacedBox): string {
  if (box.selfLoop === undefined) return '';
  const right = box.x + box.width;
  const top = box.y;
  const rise = boxGeometry.loopHeight - 12;
  const points: DiagramPoint[] = [
    { x: right, y: top + 14 },
    { x: right + 16, y: top + 14 },
    { x: right + 16, y: top - rise },
    { x: right - 40, y: top - rise },
    { x: right - 40, y: top },
  ];
  const { edge, labelWidth } = box.selfLoop;
  const label = edgeLabel(edge.kind, { x: right - 12, y: top - rise }, [edge.label], labelWidth);
  return (
    `<g class="edge edge-${edge.kind} edge-loop" data-from="${edge.from}" data-to="${edge.to}">` +
    `<path d="${routePath(points, 8)}" ${edgeStroke(edge.kind)}/>${label}</g>`
  );
}

function lineText(line: BoxLine, colour: string): string {
  const x = boxGeometry.padding;
  switch (line.role) {
    case 'title':
      return `<text x="${x}" y="${line.y}" font-size="${diagramText.title.size}" font-weight="bold" fill="${colour}">${escapeXml(line.text)}</text>`;
    case 'name':
      return `<text x="${x}" y="${line.y}" font-size="${diagramText.name.size}" font-weight="bold" fill="#111827">${escapeXml(line.text)}</text>`;
    case 'identifier':
      return `<text x="${x}" y="${line.y}" font-size="${diagramText.identifier.size}" font-family="${monoFamily}" fill="#6b7280">${escapeXml(line.text)}</text>`;
    case 'detail': {
      const label =
        line.label === undefined
          ? ''
          : `<tspan font-weight="bold" fill="#4b5563">${escapeXml(line.label)}</tspan> `;
      return `<text x="${x}" y="${line.y}" font-size="${diagramText.detail.size}" fill="#1f2937">${label}${escapeXml(line.text)}</text>`;
    }
  }
}

function renderEntry(box: PlacedBox): string {
  const radius = box.height / 2;
  return (
    `<g class="entry-point" transform="translate(${num(box.x)},${num(box.y)})">` +
    `<rect width="${box.width}" height="${box.height}" rx="${radius}" fill="#15803d"/>` +
    `<text x="${box.width / 2}" y="${num(box.height / 2 + 4.5)}" text-anchor="middle" font-size="${diagramText.entry.size}" font-weight="bold" fill="#ffffff">Entry point</text>` +
    '</g>'
  );
}

function renderBox(box: PlacedBox): string {
  const node = box.node;
  if (node === undefined) return renderEntry(box);
  const colours = headerColours(node);
  const { headerHeight } = boxGeometry;
  const radius = node.kind === 'terminal' ? 14 : 6;
  const border =
    node.kind === 'missing'
      ? 'stroke="#dc2626" stroke-width="1.5" stroke-dasharray="5 3"'
      : node.kind === 'unknown'
        ? 'stroke="#6b7280" stroke-width="1.2" stroke-dasharray="4 3"'
        : node.kind === 'terminal'
          ? 'stroke="#374151" stroke-width="2"'
          : 'stroke="#94a3b8" stroke-width="1.2"';
  // A missing action's identifier is named apart, so that `data-action-id` finds actions only.
  const attribute = node.kind === 'missing' ? 'data-missing-id' : 'data-action-id';
  const identifier =
    node.identifier === undefined ? '' : ` ${attribute}="${escapeXml(node.identifier)}"`;
  const type = node.type === undefined ? '' : ` data-action-type="${escapeXml(node.type)}"`;
  // The header is a rectangle clipped to the box's rounded top by drawing the box twice.
  const header =
    `<path d="M0,${radius} Q0,0 ${radius},0 L${box.width - radius},0 Q${box.width},0 ${box.width},${radius} ` +
    `L${box.width},${headerHeight} L0,${headerHeight} Z" fill="${colours.fill}"/>`;
  const stop =
    node.kind === 'terminal'
      ? `<rect x="${box.width - 24}" y="9" width="10" height="10" rx="2" fill="#f87171"/>`
      : '';
  return (
    `<g class="block block-${node.kind}" data-key="${node.key}"${identifier}${type} transform="translate(${num(box.x)},${num(box.y)})">` +
    `<rect width="${box.width}" height="${num(box.height)}" rx="${radius}" fill="${node.kind === 'missing' ? '#fff5f5' : '#ffffff'}"/>` +
    header +
    `<rect class="border" width="${box.width}" height="${num(box.height)}" rx="${radius}" fill="none" ${border}/>` +
    stop +
    box.lines.map((line) => lineText(line, colours.text)).join('') +
    '</g>'
  );
}

function markers(): string {
  return (Object.keys(edgeColours) as DiagramEdgeKind[])
    .map(
      (kind) =>
        `<marker id="cf-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
        `<path d="M0,0 L10,5 L0,10 Z" fill="${edgeColours[kind]}"/></marker>`,
    )
    .join('');
}

/** The SVG markup of a laid-out diagram, one element per line. */
export function svgMarkup(title: string, layout: DiagramLayout): string {
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="contactflow-diagram" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${fontFamily}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${markers()}</defs>`,
    `<rect class="background" width="${layout.width}" height="${layout.height}" fill="#f8fafc"/>`,
    '<g class="edges">',
    ...layout.edges.map(renderEdge),
    ...layout.boxes.map(renderSelfLoop).filter((loop) => loop !== ''),
    '</g>',
    '<g class="blocks">',
    ...layout.boxes.map(renderBox),
    '</g>',
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The title a diagram of the document shows: its `Metadata.name`, else a generic one. */
export function diagramTitle(name: string | undefined): string {
  return name ?? 'Contact flow';
}

/**
 * Draws a Flow-language document as a standalone SVG image: boxes titled with their console
 * blocks, arrows routed by the auto-layout with their branch labels, error branches dashed red,
 * blocks that end the flow dark. Each block is a `<g>` with `data-action-id` set to its action's
 * identifier. The same document gives the same bytes on every run.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { renderSvg } from '@contactflow/compiler';
 * const document: unknown = JSON.parse(readFileSync('flows/main.json', 'utf8'));
 * writeFileSync('main.svg', await renderSvg(document));
 * ```
 */
export async function renderSvg(document: unknown): Promise<string> {
  const diagram = buildDiagram(document);
  return svgMarkup(diagramTitle(diagram.name), await layoutDiagram(diagram));
}
