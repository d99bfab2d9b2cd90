// Opens the diagram page in Debian's Chromium, offline, and leaves a screenshot in
// packages/cli/test/artifacts/graph.png for people to look at. Skipped where Chromium is absent.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphCommand } from '../src/commands/graph.js';
import { repositoryRoot } from './run-cli.js';

// Used inside the page only; the workspace is type-checked without the DOM library.
declare const getComputedStyle: (element: unknown) => {
  visibility: string;
  display: string;
  opacity: string;
};
declare const DOMParser: new () => {
  parseFromString(
    markup: string,
    type: string,
  ): { getElementsByTagName(name: string): { length: number } };
};

const chromiumPath = '/usr/bin/chromium';
const artifacts = resolve(import.meta.dirname, 'artifacts');

interface FlowAction {
  readonly Identifier: string;
  readonly Type: string;
  readonly Parameters: unknown;
}

function actionsOf(file: string): FlowAction[] {
  const document = JSON.parse(readFileSync(resolve(repositoryRoot, file), 'utf8')) as {
    Actions: FlowAction[];
  };
  return document.Actions;
}

/** A CSS attribute selector for any identifier: a CSS string takes JSON's escapes for these. */
function byIdentifier(identifier: string): string {
  return `[data-action-id=${JSON.stringify(identifier).replace(/\\n/g, '\\a ')}]`;
}

describe.skipIf(!existsSync(chromiumPath))('contactflow graph --format html in Chromium', () => {
  let browser: Browser;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(file: string): Promise<Page> {
    const { output } = await graphCommand(file, { format: 'html' }, repositoryRoot);
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    // The page must need nothing from the network: every request is refused and recorded.
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`${file}: a dialog opened: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.setContent(output, { waitUntil: 'load' });
    return page;
  }

  async function boxesOf(page: Page) {
    return page.$$eval('[data-action-id]', (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          id: element.getAttribute('data-action-id'),
          width: box.width,
          height: box.height,
          shown: style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0',
        };
      }),
    );
  }

  test('draws every action, shows a clicked block in the side panel, pans and zooms', async () => {
    const file = 'examples/flows/customer-queue.json';
    const actions = actionsOf(file);
    const page = await open(file);

    const boxes = await boxesOf(page);
    expect(boxes.map((box) => box.id).sort()).toEqual(actions.map((a) => a.Identifier).sort());
    for (const box of boxes) {
      expect(box.shown, box.id ?? '').toBe(true);
      expect(box.width, box.id ?? '').toBeGreaterThan(20);
      expect(box.height, box.id ?? '').toBeGreaterThan(20);
    }
    // The opening view is readable: no block is drawn smaller than 80% of its size.
    const scale = Number(await page.getAttribute('svg', 'data-scale'));
    expect(scale).toBeGreaterThanOrEqual(0.8);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'graph.png') });

    const menu = actions.find((a) => a.Type === 'GetParticipantInput')!;
    await page.click(byIdentifier(menu.Identifier));
    await expect.poll(() => page.isVisible('#details')).toBe(true);
    expect(await page.textContent('#detail-identifier')).toBe(menu.Identifier);
    expect(await page.textContent('#detail-type')).toBe('GetParticipantInput');
    expect(await page.textContent('#detail-title')).toBe('Get customer input');
    expect(JSON.parse((await page.textContent('#detail-parameters')) ?? '')).toEqual(
      menu.Parameters,
    );
    expect(
      await page.$$eval('#detail-branches li', (items) => items.map((i) => i.textContent)),
    ).toContain('Pressed 1 → set-callback-number-1735b7e1');
    expect(await page.getAttribute(byIdentifier(menu.Identifier), 'class')).toContain('selected');
    await page.screenshot({ path: resolve(artifacts, 'graph-selected.png') });

    const transform = () => page.$eval('svg', (svg) => svg.style.transform);
    const before = await transform();
    await page.click('#zoom-in');
    const zoomed = Number(await page.getAttribute('svg', 'data-scale'));
    expect(zoomed).toBeCloseTo(scale * 1.25, 5);
    await page.mouse.move(600, 700);
    await page.mouse.wheel(0, 400);
    expect(Number(await page.getAttribute('svg', 'data-scale'))).toBeLessThan(zoomed);
    await page.mouse.move(300, 800);
    await page.mouse.down();
    await page.mouse.move(500, 750, { steps: 5 });
    await page.mouse.up();
    expect(await transform()).not.toBe(before);
    await page.click('#zoom-fit');
    for (const box of await boxesOf(page)) expect(box.width).toBeGreaterThan(0);

    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('shows hostile identifiers and text as text, and runs nothing from the flow', async () => {
    const file = 'packages/compiler/test/fixtures/hostile-names.json';
    const page = await open(file);
    const svg = await page.$eval('svg', (element) => element.outerHTML);
    const parsed = await page.evaluate(
      (markup) =>
        new DOMParser().parseFromString(markup, 'image/svg+xml').getElementsByTagName('parsererror')
          .length,
      svg,
    );
    expect(parsed).toBe(0);
    const identifiers = actionsOf(file)
      .map((action) => (action as Partial<FlowAction>).Identifier)
      .filter((id): id is string => typeof id === 'string');
    const shown = (await boxesOf(page)).map((box) => box.id);
    expect(new Set(shown)).toEqual(new Set(identifiers));

    await page.click(byIdentifier('menu\n{a|b}'));
    expect(await page.textContent('#detail-identifier')).toBe('menu\n{a|b}');
    expect(await page.textContent('#detail-parameters')).toContain(
      '"Text": "Press 1 for <script>alert(1)</script>"',
    );
    expect(await page.$$('script')).toHaveLength(2);
    expect(await page.title()).toBe('Hostile <flow> "name" #1 & ü');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
