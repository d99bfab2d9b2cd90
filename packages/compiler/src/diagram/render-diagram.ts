import { renderDot } from './render-dot.js';
import { renderHtml, type HtmlDiagramOptions } from './render-html.js';
import { renderMermaid } from './render-mermaid.js';
import { renderSvg } from './render-svg.js';

/** The diagram formats, the default first. */
export const diagramFormats = ['mermaid', 'dot', 'svg', 'html'] as const;

/** A diagram format: Mermaid or Graphviz text, an SVG image, or an interactive HTML page. */
export type DiagramFormat = (typeof diagramFormats)[number];

/**
 * Whether a string names a diagram format.
 *
 * @example
 * ```ts
 * import { isDiagramFormat } from '@contactflow/compiler';
 * isDiagramFormat('svg'); // true
 * isDiagramFormat('png'); // false
 * ```
 */
export function isDiagramFormat(format: string): format is DiagramFormat {
  return (diagramFormats as readonly string[]).includes(format);
}

/**
 * Draws a Flow-language document in one of the diagram formats. Never throws on the document: a
 * value that is not a flow gives a diagram with the entry point alone.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { renderDiagram } from '@contactflow/compiler';
 * const document: unknown = JSON.parse(readFileSync('flows/main.json', 'utf8'));
 * const page = await renderDiagram(document, 'html', { title: 'main.json' });
 * ```
 */
export async function renderDiagram(
  document: unknown,
  format: DiagramFormat,
  options: HtmlDiagramOptions = {},
): Promise<string> {
  switch (format) {
    case 'mermaid':
      return renderMermaid(document);
    case 'dot':
      return renderDot(document);
    case 'svg':
      return renderSvg(document);
    case 'html':
      return renderHtml(document, options);
  }
}
