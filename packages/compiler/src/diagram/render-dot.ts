import { buildDiagram, type DiagramEdge, type DiagramNode } from './build-diagram.js';
import { nodeLabel } from './diagram-labels.js';
import { escapeXml } from './escape-xml.js';
import { oneLine } from './text-metrics.js';

/**
 * Text for a Graphviz HTML-like label (`label=<...>`), which Graphviz parses as XML: markup
 * characters become entities and characters XML cannot hold are replaced.
 */
function html(text: string): string {
  return escapeXml(oneLine(text));
}

/** A Graphviz quoted string: backslashes and quotes escaped, so `\n` and `\N` stay literal. */
export function quoteDot(text: string): string {
  return `"${oneLine(text).replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

function labelOf(node: DiagramNode): string {
  const label = nodeLabel(node);
  const rows = [`<b>${html(label.title)}</b>`];
  if (label.subtitle !== undefined) {
    rows.push(
      label.subtitleIsIdentifier
        ? `<font face="Courier" point-size="9" color="${node.kind === 'terminal' ? '#d1d5db' : '#6b7280'}">${html(label.subtitle)}</font>`
        : `<b>${html(label.subtitle)}</b>`,
    );
  }
  for (const detail of label.details) {
    detail.lines.forEach((line, index) => {
      rows.push(index === 0 ? `<b>${html(detail.label)}</b> ${html(line)}` : html(line));
    });
  }
  // Left-aligned rows, as in the console's blocks; the last break aligns the last row.
  return `<${rows.join('<br align="left"/>')}<br align="left"/>>`;
}

const nodeStyles: Readonly<Record<DiagramNode['kind'], string>> = {
  action: '',
  terminal:
    ', style="rounded,filled,bold", fillcolor="#374151", fontcolor="#ffffff", color="#374151"',
  unknown: ', style="rounded,filled,dashed", fillcolor="#e5e7eb", color="#6b7280"',
  missing: ', style="rounded,filled,dashed", fillcolor="#fee2e2", color="#dc2626"',
};

const edgeStyles: Readonly<Record<DiagramEdge['kind'], string>> = {
  next: '',
  condition: ', color="#2563eb", fontcolor="#2563eb"',
  error: ', style=dashed, color="#dc2626", fontcolor="#dc2626"',
};

/**
 * Draws a Flow-language document as Graphviz DOT (`dot -Tsvg flow.dot`): one box per action with
 * its console block, identifier and key parameters, the entry point, and labelled branches, error
 * branches dashed and red, blocks that end the flow dark. Labels are escaped for Graphviz, so any
 * identifier or prompt text is safe. The same document gives the same text on every run.
 *
 * @example
 * ```ts
 * import { renderDot } from '@contactflow/compiler';
 * const text = renderDot({
 *   StartAction: 'bye',
 *   Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
 * });
 * text.startsWith('digraph '); // true
 * ```
 */
export function renderDot(document: unknown): string {
  const diagram = buildDiagram(document);
  const lines = [
    `digraph ${quoteDot(diagram.name ?? 'Contact flow')} {`,
    '  graph [rankdir=LR, bgcolor="#f8fafc", nodesep=0.35, ranksep=0.6, fontname="Helvetica"];',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#94a3b8", fontname="Helvetica", fontsize=11, margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=10, color="#475569", fontcolor="#475569", arrowsize=0.7];',
    '  entry [label="Entry point", style="rounded,filled", fillcolor="#15803d", color="#15803d", fontcolor="#ffffff"];',
  ];
  for (const node of diagram.nodes) {
    const tooltip = node.identifier === undefined ? '' : `, tooltip=${quoteDot(node.identifier)}`;
    lines.push(`  ${node.key} [label=${labelOf(node)}${tooltip}${nodeStyles[node.kind]}];`);
  }
  if (diagram.start !== undefined) lines.push(`  entry -> ${diagram.start};`);
  for (const edge of diagram.edges) {
    lines.push(
      `  ${edge.from} -> ${edge.to} [label=<${html(edge.label)}>${edgeStyles[edge.kind]}];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
