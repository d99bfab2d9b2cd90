import { buildDiagram, type DiagramEdgeKind, type FlowDiagram } from './build-diagram.js';
import { escapeXml } from './escape-xml.js';
import { viewerScript, viewerStyle } from './html-viewer-assets.js';
import { layoutDiagram } from './layout-diagram.js';
import { isRecord } from './read-flow-document.js';
import { diagramTitle, svgMarkup } from './render-svg.js';

/** Options of {@link renderHtml}. */
export interface HtmlDiagramOptions {
  /** The page title when the document has no `Metadata.name` (a file name, say). */
  readonly title?: string;
}

interface PanelAction {
  readonly title: string;
  readonly name: string | null;
  readonly identifier: string | null;
  readonly type: string | null;
  readonly parameters?: unknown;
  readonly branches: readonly { label: string; kind: DiagramEdgeKind; target: string }[];
}

/** What the side panel shows of each block, by the block's key. */
function panelData(diagram: FlowDiagram): Record<string, PanelAction> {
  const identifiers = new Map(
    diagram.nodes.map((node) => [node.key, node.identifier ?? '(no identifier)']),
  );
  const data: Record<string, PanelAction> = {};
  for (const node of diagram.nodes) {
    const action = isRecord(node.action) ? node.action : {};
    data[node.key] = {
      title: node.title,
      name: node.name ?? null,
      identifier: node.identifier ?? null,
      type: node.type ?? null,
      ...(Object.hasOwn(action, 'Parameters') ? { parameters: action['Parameters'] } : {}),
      branches: diagram.edges
        .filter((edge) => edge.from === node.key)
        .map((edge) => ({
          label: edge.label,
          kind: edge.kind,
          target: identifiers.get(edge.to) ?? edge.to,
        })),
    };
  }
  return data;
}

/** JSON that can sit inside a `<script>` element: nothing in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Draws a Flow-language document as one self-contained HTML page: the SVG diagram, which can be
 * panned by dragging and zoomed with the wheel or the buttons, and a side panel that shows the
 * identifier, type, parameters and branches of the block clicked. Styles, script and data are
 * inline; the page loads nothing from the network. Each block carries `data-action-id` with its
 * action's identifier. The same document gives the same bytes on every run.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { renderHtml } from '@contactflow/compiler';
 * const document: unknown = JSON.parse(readFileSync('flows/main.json', 'utf8'));
 * writeFileSync('main.html', await renderHtml(document, { title: 'main.json' }));
 * ```
 */
export async function renderHtml(
  document: unknown,
  options: HtmlDiagramOptions = {},
): Promise<string> {
  const diagram = buildDiagram(document);
  const title = diagram.name ?? diagramTitle(options.title);
  const svg = svgMarkup(title, await layoutDiagram(diagram)).trimEnd();
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(title)}</title>`,
    `<style>${viewerStyle}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeXml(title)}</h1>`,
    '<div class="zoom">',
    '<button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">\u2212</button>',
    '<button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button>',
    '<button type="button" id="zoom-actual" title="Actual size">100%</button>',
    '<button type="button" id="zoom-fit" title="Fit the flow in the window">Fit</button>',
    '</div>',
    '</header>',
    '<main>',
    '<div id="canvas">',
    svg,
    '</div>',
    '<aside id="panel">',
    '<p id="hint" class="hint">Click a block to see its identifier, type, parameters and branches. Drag to pan; use the wheel or the buttons to zoom.</p>',
    '<div id="details" hidden>',
    '<h2 id="detail-title"></h2>',
    '<dl>',
    '<dt id="detail-name-label">Name</dt><dd id="detail-name"></dd>',
    '<dt>Identifier</dt><dd id="detail-identifier"></dd>',
    '<dt>Type</dt><dd id="detail-type"></dd>',
    '</dl>',
    '<h3>Parameters</h3>',
    '<pre id="detail-parameters"></pre>',
    '<h3>Branches</h3>',
    '<ul id="detail-branches"></ul>',
    '</div>',
    '</aside>',
    '</main>',
    `<script type="application/json" id="flow-actions">${scriptJson(panelData(diagram))}</script>`,
    `<script>${viewerScript}</script>`,
    '</body>',
    '</html>',
  ];
  return `${page.join('\n')}\n`;
}
