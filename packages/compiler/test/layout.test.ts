import {
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  transferToQueue,
  type FlowNode,
} from '@contactflow/dsl';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  elapsedSince,
  fuzzParameters,
  propertyTimeout,
  runTimeLimit,
} from '../../validator/test/properties/fuzz-settings.js';
import { compile } from '../src/index.js';
import { layoutFlow, type LayoutNode } from '../src/layout.js';
import { linearLayeredLayout, type LinearLayoutNode } from '../src/linear-layered-layout.js';

const gap = 50;

/** Whether `to` leads, branch by branch, to `from`, so that a branch from `from` to it loops. */
function leadsTo(nodes: readonly LinearLayoutNode[], to: number, from: number): boolean {
  const seen = new Set([to]);
  const queue = [to];
  for (let i = 0; i < queue.length; i++) {
    if (queue[i] === from) return true;
    for (const next of nodes[queue[i]!]!.successors) {
      if (next >= 0 && next < nodes.length && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** What every linear layout must hold to, whatever the graph. */
function expectReadable(nodes: readonly LinearLayoutNode[]) {
  const { columns, tops } = linearLayeredLayout(nodes, gap);
  expect(columns).toHaveLength(nodes.length);
  expect(tops).toHaveLength(nodes.length);
  if (nodes.length === 0) return;
  expect(tops.every((top) => Number.isInteger(top) && top >= 0)).toBe(true);
  expect(Math.min(...tops)).toBe(0);
  expect(columns[0]).toBe(0);
  expect(new Set(columns)).toEqual(
    new Set(Array.from({ length: Math.max(...columns) + 1 }, (_, i) => i)),
  );
  // Branches lead right, but for those that close a loop or lead to the entry.
  nodes.forEach((node, from) => {
    for (const to of node.successors) {
      if (to === from || to < 0 || to >= nodes.length) continue;
      if (columns[to]! <= columns[from]!) expect(to === 0 || leadsTo(nodes, to, from)).toBe(true);
    }
  });
  // Blocks of a column keep at least the gap between them (less a pixel of rounding).
  const byColumn = new Map<number, number[]>();
  columns.forEach((column, index) =>
    byColumn.set(column, [...(byColumn.get(column) ?? []), index]),
  );
  for (const members of byColumn.values()) {
    members.sort((a, b) => tops[a]! - tops[b]!);
    for (let i = 1; i < members.length; i++) {
      const above = members[i - 1]!;
      expect(tops[members[i]!]! - tops[above]! - nodes[above]!.height).toBeGreaterThanOrEqual(
        gap - 1,
      );
    }
  }
  expect(linearLayeredLayout(nodes, gap)).toEqual({ columns, tops });
}

const block = (successors: number[], branches = successors.length) => ({
  height: 90 + 26 * branches,
  successors,
});

describe('linearLayeredLayout', () => {
  test('sets branches out to the right, centred on the block they leave', () => {
    const menu = block([1, 2, 3]);
    const { columns, tops } = linearLayeredLayout([menu, block([]), block([]), block([])], gap);
    expect(columns).toEqual([0, 1, 1, 1]);
    // The middle branch is level with the menu's middle, the others as near as the gap allows.
    const middle = (index: number, height: number) => tops[index]! + height / 2;
    expect(middle(2, 90)).toBe(middle(0, menu.height));
    expect(tops[2]! - tops[1]!).toBe(90 + gap);
    expect(tops[3]! - tops[2]!).toBe(90 + gap);
  });

  test('leaves branches back into the path out, and puts each block after its last way in', () => {
    // 0 -> 1 -> 2 -> 3, 0 -> 3, and 3 back to 0 and to itself.
    const nodes = [block([1, 3]), block([2]), block([3]), block([0, 3])];
    expect(linearLayeredLayout(nodes, gap).columns).toEqual([0, 1, 2, 3]);
    expectReadable(nodes);
  });

  test('moves a block that more branches leave than reach next to where they lead', () => {
    // 1 is reached from 0 alone and leads to 4 and 5, which come late because of the chain 2, 3.
    const nodes = [block([1, 2]), block([4, 5]), block([3]), block([4]), block([5]), block([])];
    expect(linearLayeredLayout(nodes, gap).columns).toEqual([0, 2, 1, 2, 3, 4]);
  });

  test('stacks blocks the entry does not reach in the first column, the entry there too', () => {
    const { columns } = linearLayeredLayout(
      [block([1]), block([]), block([1]), block([0]), block([])],
      gap,
    );
    expect(columns).toEqual([0, 1, 0, 0, 0]);
  });

  test('ignores branches to no block', () => {
    expectReadable([block([1, -1, 7, 0.5]), block([])]);
  });

  test(
    'holds for random graphs',
    () => {
      const graph = fc.integer({ min: 0, max: 60 }).chain((count) =>
        fc.array(
          fc.record({
            branches: fc.integer({ min: 0, max: 6 }),
            successors: fc.array(fc.integer({ min: 0, max: Math.max(0, count - 1) }), {
              maxLength: 6,
            }),
          }),
          { minLength: count, maxLength: count },
        ),
      );
      fc.assert(
        fc.property(graph, (nodes) => {
          expectReadable(nodes.map((node) => block(node.successors, node.branches)));
        }),
        fuzzParameters(200),
      );
    },
    propertyTimeout,
  );

  test('lays out 20,000 blocks and 100,000 branches in linear time', () => {
    const count = 20_000;
    const nodes = Array.from({ length: count }, (_, index) =>
      block(
        [index + 1, index + 2, 0, (index * 7919) % count, index].filter((next) => next < count),
      ),
    );
    const start = performance.now();
    const { columns } = linearLayeredLayout(nodes, gap);
    expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
    expect(Math.max(...columns)).toBeGreaterThan(1_000);
  });
});

/** A chain of `count` menus, each with a local apology for its errors and a queue transfer. */
function menuChain(count: number): FlowNode {
  let next: FlowNode = disconnect();
  for (let index = count - 1; index >= 0; index--) {
    const hangUp = disconnect();
    const apology = playPrompt({ text: `Sorry (${index}).` })
      .then(hangUp)
      .onError(hangUp);
    const transfer = transferToQueue().onAtCapacity(apology).onError(apology);
    next = getCustomerInput({ text: `Step ${index}.`, timeoutSeconds: 5 })
      .when('1', transfer)
      .when('2', next)
      .otherwise(next)
      .onTimeout(next)
      .onError(apology);
  }
  return next;
}

describe('layoutFlow', () => {
  test('lays out flows above 60 blocks left to right, entry point first, without overlaps', () => {
    const { document } = compile(flow('Menus', { start: menuChain(20) }));
    expect(document.Actions.length).toBeGreaterThan(60);
    const { ActionMetadata, entryPointPosition } = document.Metadata;
    const at = (id: string) => ActionMetadata[id]!.position;
    expect(entryPointPosition).toEqual({ x: 40, y: at(document.StartAction).y });
    for (const action of document.Actions) {
      const targets = [
        action.Transitions.NextAction,
        ...(action.Transitions.Conditions ?? []).map((c) => c.NextAction),
        ...(action.Transitions.Errors ?? []).map((e) => e.NextAction),
      ];
      for (const target of targets) {
        if (target !== undefined) expect(at(target).x).toBeGreaterThan(at(action.Identifier).x);
      }
    }
    const positions = Object.values(ActionMetadata).map((m) => m.position);
    for (const [i, a] of positions.entries()) {
      for (const b of positions.slice(i + 1)) {
        expect(Math.abs(a.x - b.x) >= 240 || Math.abs(a.y - b.y) >= 100).toBe(true);
      }
    }
  });

  test('gives the same layout on every run', () => {
    const nodes: LayoutNode[] = Array.from({ length: 100 }, (_, index) => ({
      id: `block-${index}`,
      branchCount: 2,
      successors: [`block-${(index + 1) % 100}`, `block-${(index * 37) % 100}`],
    }));
    const first = layoutFlow(nodes);
    expect([...first.actions]).toHaveLength(100);
    expect(layoutFlow(nodes)).toEqual(first);
  });
});
