import { buildDiagram, type DiagramEdge, type DiagramNode } from './build-diagram.js';
import { nodeLabel } from './diagram-labels.js';
import { oneLine } from './text-metrics.js';

/**
 * Text for a quoted Mermaid label. Mermaid reads `#name;` and `#123;` as character codes and the
 * label as HTML, so every character that could end the string, start a code or a tag, or break the
 * line is written as a decimal code; the rest, Unicode included, is kept as it is.
 */
export function escapeMermaid(text: string): string {
  return oneLine(text).replace(/["#&<>`%;|\\]/g, (char) => `#${char.codePointAt(0)!};`);
}

function labelOf(node: DiagramNode): string {
  const label = nodeLabel(node);
  const parts = [`<b>${escapeMermaid(label.title)}</b>`];
  if (label.subtitle !== undefined) {
    parts.push(
      label.subtitleIsIdentifier
        ? `<small>${escapeMermaid(label.subtitle)}</small>`
        : `<i>${escapeMermaid(label.subtitle)}</i>`,
    );
  }
  for (const detail of label.details) {
    detail.lines.forEach((line, index) => {
      parts.push(
        index === 0
          ? `<b>${escapeMermaid(detail.label)}</b> ${escapeMermaid(line)}`
          : escapeMermaid(line),
      );
    });
  }
  return parts.join('<br/>');
}

function nodeLine(node: DiagramNode): string {
  const label = labelOf(node);
  // Terminal blocks get the rounded "stadium" shape, as they end the flow.
  return node.kind === 'terminal' ? `  ${node.key}(["${label}"])` : `  ${node.key}["${label}"]`;
}

function edgeLine(edge: DiagramEdge): string {
  const arrow = edge.kind === 'error' ? '-.->' : '-->';
  return `  ${edge.from} ${arrow}|"${escapeMermaid(edge.label)}"| ${edge.to}`;
}

/**
 * Draws a Flow-language document as a Mermaid `flowchart LR`: one box per action with its console
 * block, identifier and key parameters, the entry point, and labelled branches, error branches
 * dotted and red, blocks that end the flow rounded and dark. Labels are escaped for Mermaid, so
 * any identifier or prompt text is safe. The same document gives the same text on every run.
 *
 * @example
 * ```ts
 * import { renderMermaid } from '@contactflow/compiler';
 * const text = renderMermaid({
 *   StartAction: 'bye',
 *   Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
 * });
 * text.startsWith('flowchart LR\n'); // true
 * ```
 */
export function renderMermaid(document: unknown): string {
  const diagram = buildDiagram(document);
  const lines = ['flowchart LR', '  entry(["Entry point"])'];
  for (const node of diagram.nodes) lines.push(nodeLine(node));

  const errorLinks: number[] = [];
  const conditionLinks: number[] = [];
  let link = 0;
  if (diagram.start !== undefined) {
    lines.push(`  entry --> ${diagram.start}`);
    link += 1;
  }
  for (const edge of diagram.edges) {
    lines.push(edgeLine(edge));
    if (edge.kind === 'error') errorLinks.push(link);
    if (edge.kind === 'condition') conditionLinks.push(link);
    link += 1;
  }

  lines.push(
    '  classDef entry fill:#15803d,stroke:#15803d,color:#ffffff',
    '  classDef terminal fill:#374151,stroke:#374151,color:#ffffff',
    '  classDef unknown fill:#e5e7eb,stroke:#6b7280,stroke-dasharray:4 3',
    '  classDef missing fill:#fee2e2,stroke:#dc2626,stroke-dasharray:5 3',
    '  class entry entry',
  );
  for (const kind of ['terminal', 'unknown', 'missing'] as const) {
    const keys = diagram.nodes.filter((node) => node.kind === kind).map((node) => node.key);
    if (keys.length > 0) lines.push(`  class ${keys.join(',')} ${kind}`);
  }
  if (conditionLinks.length > 0) {
    lines.push(`  linkStyle ${conditionLinks.join(',')} stroke:#2563eb,color:#2563eb`);
  }
  if (errorLinks.length > 0) {
    lines.push(`  linkStyle ${errorLinks.join(',')} stroke:#dc2626,color:#dc2626`);
  }
  return `${lines.join('\n')}\n`;
}
