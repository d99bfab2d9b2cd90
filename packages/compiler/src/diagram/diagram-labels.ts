import type { DiagramNode } from './build-diagram.js';
import { boxGeometry, diagramText } from './layout-diagram.js';
import { oneLine, wrapText } from './text-metrics.js';

/** The text of a box in the text formats: one line each, before any escaping. */
export interface NodeLabel {
  readonly title: string;
  /** The designer's block name, or the identifier. */
  readonly subtitle: string | undefined;
  /** Whether `subtitle` is an identifier (set in a monospaced font) rather than a name. */
  readonly subtitleIsIdentifier: boolean;
  readonly details: readonly { readonly label: string; readonly lines: readonly string[] }[];
}

/** How many lines a detail may take in the text formats, which have no room to spare. */
const maxLines = 2;

/**
 * A box's text for Mermaid and Graphviz, wrapped to about the width of the SVG's boxes; the
 * renderers escape it for their own syntax.
 */
export function nodeLabel(node: DiagramNode): NodeLabel {
  const width = boxGeometry.width - 2 * boxGeometry.padding;
  const subtitle =
    node.name ?? node.identifier ?? (node.kind === 'missing' ? undefined : '(no identifier)');
  return {
    title: oneLine(node.title),
    subtitle: subtitle === undefined ? undefined : oneLine(subtitle),
    subtitleIsIdentifier: node.name === undefined,
    details: node.details.map((detail) => ({
      label: `${detail.label}:`,
      lines: wrapText(detail.value, width, diagramText.detail, maxLines),
    })),
  };
}
