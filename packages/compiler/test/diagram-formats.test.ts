// Goldens: `UPDATE_GOLDENS=1 npx vitest run packages/compiler/test/diagram-formats.test.ts`
// rewrites packages/compiler/test/golden/diagram-*.{mmd,dot,svg,html} from the current renderers;
// review the difference before committing it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFlowText, unwrapFlow } from '@contactflow/validator';
import { describe, expect, test } from 'vitest';
import {
  buildDiagram,
  diagramFormats,
  renderDiagram,
  renderDot,
  renderHtml,
  renderMermaid,
  renderSvg,
  type DiagramFormat,
} from '../src/index.js';
import { escapeXml } from '../src/diagram/escape-xml.js';
import { layoutDiagram } from '../src/diagram/layout-diagram.js';
import { corpusAvailable, corpusEntries, corpusText } from '../../validator/test/corpus.js';
import { xmlProblems } from './xml-problems.js';

const examples = resolve(import.meta.dirname, '../../../examples/flows');
const goldens = resolve(import.meta.dirname, 'golden');
const updateGoldens = process.env['UPDATE_GOLDENS'] === '1';
const extensions: Readonly<Record<DiagramFormat, string>> = {
  mermaid: 'mmd',
  dot: 'dot',
  svg: 'svg',
  html: 'html',
};

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const hostile = readJson(resolve(import.meta.dirname, 'fixtures/hostile-names.json'));

function svgOf(html: string): string {
  return html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + '</svg>'.length);
}

describe.each(['customer-queue', 'government-services-ivr'])('%s', (name) => {
  const document = readJson(resolve(examples, `${name}.json`));

  test.each([...diagramFormats])('renders %s as its golden file', async (format) => {
    const output = await renderDiagram(document, format);
    const file = resolve(goldens, `diagram-${name}.${extensions[format]}`);
    if (updateGoldens) writeFileSync(file, output);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });
});

test('every format gives the same bytes on every run', async () => {
  const document = readJson(resolve(examples, 'government-services-ivr.json'));
  for (const format of diagramFormats) {
    const first = await renderDiagram(document, format);
    // Other layouts in between: dagre numbers its helper nodes with a counter across calls.
    await renderSvg(hostile);
    expect(await renderDiagram(structuredClone(document), format)).toBe(first);
  }
});

test('every format draws any JSON value', async () => {
  for (const value of [null, 42, 'text', [], {}, { Actions: [null] }, { StartAction: 'x' }]) {
    for (const format of diagramFormats) {
      await expect(renderDiagram(value, format)).resolves.toContain('Entry point');
    }
  }
});

test.each(['customer-queue', 'government-services-ivr', 'hostile'])(
  '%s: no box overlaps another box or an arrow label',
  async (name) => {
    const document = name === 'hostile' ? hostile : readJson(resolve(examples, `${name}.json`));
    const layout = await layoutDiagram(buildDiagram(document));
    const rects = [
      ...layout.boxes.map((box) => ({ what: box.node?.key ?? 'entry', ...box })),
      ...layout.edges
        .filter((edge) => edge.labelLines.length > 0)
        .map((edge) => ({
          what: `label ${edge.edge.from}->${edge.edge.to}`,
          x: edge.labelAt.x - edge.labelWidth / 2,
          y: edge.labelAt.y - 8,
          width: edge.labelWidth,
          height: 16,
        })),
    ];
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.what} and ${b.what} overlap`).toBe(true);
      }
    }
  },
);

describe('hostile names and text', () => {
  test('mermaid keeps every label inside its quotes and writes markup as character codes', () => {
    const text = renderMermaid(hostile);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    for (const line of lines.slice(1)) {
      const label =
        /^ {2}\w+(?:\["(.*)"\]|\(\["(.*)"\]\))$|^ {2}\w+ -(?:->|\.->)\|"(.*)"\| \w+$/.exec(line);
      if (label === null) {
        expect(line).toMatch(
          /^ {2}(entry(\(\["Entry point"\]\))? --> \w+|entry\(\["Entry point"\]\)|classDef |class |linkStyle )/,
        );
        continue;
      }
      const content = label[1] ?? label[2] ?? label[3] ?? '';
      expect(content, line).not.toMatch(/["`]/);
      // Only the renderer's own tags remain; a # only starts a character code.
      expect(content.replace(/<\/?(b|i|small)>|<br\/>/g, ''), line).not.toMatch(/[<>]/);
      expect(content.replace(/#\d+;/g, ''), line).not.toContain('#');
    }
    expect(text).toContain('#34;hi#34; [x] {y} (z) #35;1#59; #60;b#62;#38;amp#59;#60;/b#62;');
    expect(text).toContain('日本 😀');
    expect(text).toContain('menu {a#124;b}');
  });

  test('dot escapes quoted strings and HTML-like labels', () => {
    const text = renderDot(hostile);
    expect(text.startsWith('digraph "Hostile <flow> \\"name\\" #1 & ü" {\n')).toBe(true);
    for (const line of text.split('\n').slice(1, -2)) {
      // Quotes outside labels come in pairs once escaped ones are set aside.
      const outside = line.replace(/label=<.*?>(?=[,\]])/g, '').replace(/\\\\|\\"/g, '');
      expect((outside.match(/"/g) ?? []).length % 2, line).toBe(0);
      for (const [, label] of line.matchAll(/label=<(.*?)>(?=[,\]])/g)) {
        expect(xmlProblems(`<x>${label}</x>`), line).toEqual([]);
      }
    }
    expect(text).toContain('tooltip="custom <type> & \\\\ \\\\N"');
    expect(text).toContain('Press 1 for &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test.skipIf(!existsSync('/usr/bin/dot'))('Graphviz reads the dot output', () => {
    for (const document of [hostile, readJson(resolve(examples, 'customer-queue.json'))]) {
      expect(() =>
        execFileSync('/usr/bin/dot', ['-Tsvg'], { input: renderDot(document), stdio: 'pipe' }),
      ).not.toThrow();
    }
  });

  test('svg is well-formed XML and carries each identifier as written', async () => {
    const svg = await renderSvg(hostile);
    expect(xmlProblems(svg)).toEqual([]);
    for (const id of ['start "quoted" [1]', 'menu\n{a|b}', 'custom <type> & \\ \\N', 'bye 😀']) {
      expect(svg).toContain(`data-action-id="${escapeXml(id)}"`);
    }
    expect(svg).toContain('data-action-id="menu&#10;{a|b}"');
    expect(svg).not.toContain('<script');
  });

  test('html keeps its own two scripts and loads nothing', async () => {
    const html = await renderHtml(hostile);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/\s(src|href)=|@import|url\(http/);
    expect(xmlProblems(svgOf(html))).toEqual([]);
    expect(html).toContain('<title>Hostile &lt;flow&gt; &quot;name&quot; #1 &amp; ü</title>');
  });
});

function corpusDocument(text: string): unknown {
  const outer = parseFlowText(text);
  return unwrapFlow(text, outer)?.value ?? outer.value;
}

describe.skipIf(!corpusAvailable)('the real-flow corpus', () => {
  test.each(corpusEntries().map((entry) => [entry.file, entry] as const))(
    '%s: every format renders every action',
    async (_file, entry) => {
      const document = corpusDocument(corpusText(entry));
      const diagram = buildDiagram(document);
      const actions = ((document as { Actions?: unknown[] }).Actions ?? []).map(
        (action) => action as { Identifier?: unknown },
      );
      expect(actions.length).toBeGreaterThan(0);
      const keys = actions.map((_action, index) => `a${index}`);
      expect(diagram.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(keys));

      const mermaid = renderMermaid(document);
      const dot = renderDot(document);
      const svg = await renderSvg(document);
      const html = await renderHtml(document);
      for (const key of keys) {
        expect(mermaid).toMatch(new RegExp(`^ {2}${key}(\\[|\\(\\[)"`, 'm'));
        expect(dot).toContain(`\n  ${key} [label=<`);
        expect(svg).toContain(`data-key="${key}"`);
        expect(html).toContain(`data-key="${key}"`);
      }
      for (const { Identifier } of actions) {
        if (typeof Identifier === 'string') {
          expect(svg).toContain(`data-action-id="${escapeXml(Identifier)}"`);
        }
      }
      expect(xmlProblems(svg)).toEqual([]);
    },
  );
});
