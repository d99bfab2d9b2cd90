import { describe, expect, test } from 'vitest';
import { buildFlowGraph, type FlowGraph } from '../src/graph/flow-graph.js';
import { readFlowShape, type ActionShape } from '../src/graph/flow-shape.js';
import {
  describePath,
  isReachableAvoiding,
  isUnknownAction,
  leadsTo,
  reachableAvoiding,
} from '../src/graph/path-queries.js';

/** An action of type `type` whose next action is `next` and whose error branch is `error`. */
function step(id: string, type: string, next?: string, error?: string): unknown {
  return {
    Identifier: id,
    Type: type,
    Parameters: {},
    Transitions: {
      ...(next !== undefined && { NextAction: next }),
      ...(error !== undefined && { Errors: [{ NextAction: error, ErrorType: 'NoMatchingError' }] }),
    },
  };
}

function graphOf(actions: readonly unknown[], start?: string): FlowGraph {
  return buildFlowGraph(
    readFlowShape({
      Version: '2019-10-30',
      StartAction: start ?? (actions[0] as { Identifier: string }).Identifier,
      Actions: actions,
    }),
  );
}

function action(graph: FlowGraph, id: string): ActionShape {
  return graph.byId.get(id)!;
}

const ids = (path: readonly ActionShape[] | undefined) => path?.map((a) => a.id);
const setsQueue = (a: ActionShape) => a.type === 'UpdateContactTargetQueue';
const transfers = (a: ActionShape) => a.type === 'TransferContactToQueue';
const never = () => false;

describe('reachableAvoiding', () => {
  // start ─┬─ set ─ transfer
  //        └─ skip ─┘
  const diamond = graphOf([
    {
      Identifier: 'start',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Channel' },
      Transitions: {
        NextAction: 'skip',
        Conditions: [{ NextAction: 'set', Condition: { Operator: 'Equals', Operands: ['VOICE'] } }],
      },
    },
    step('set', 'UpdateContactTargetQueue', 'transfer', 'bye'),
    step('skip', 'MessageParticipant', 'transfer'),
    step('transfer', 'TransferContactToQueue', 'bye'),
    step('bye', 'DisconnectParticipant'),
  ]);

  test('finds a path that avoids the barrier when one branch skips it', () => {
    const paths = reachableAvoiding(diamond, setsQueue);
    expect(paths.has(action(diamond, 'transfer'))).toBe(true);
    expect(ids(paths.pathTo(action(diamond, 'transfer')))).toEqual(['start', 'skip', 'transfer']);
  });

  test('reaches the barrier itself but nothing only past it', () => {
    const graph = graphOf([
      step('start', 'MessageParticipant', 'set'),
      step('set', 'UpdateContactTargetQueue', 'transfer', 'bye'),
      step('transfer', 'TransferContactToQueue', 'bye'),
      step('bye', 'DisconnectParticipant'),
    ]);
    const paths = reachableAvoiding(graph, setsQueue);
    expect(paths.has(action(graph, 'set'))).toBe(true);
    expect(paths.has(action(graph, 'transfer'))).toBe(false);
    expect(paths.has(action(graph, 'bye'))).toBe(false);
    expect(paths.pathTo(action(graph, 'transfer'))).toBeUndefined();
  });

  test('a barrier at the start blocks everything after it', () => {
    const graph = graphOf([
      step('set', 'UpdateContactTargetQueue', 'transfer'),
      step('transfer', 'TransferContactToQueue'),
    ]);
    const paths = reachableAvoiding(graph, setsQueue);
    expect(ids(paths.pathTo(action(graph, 'set')))).toEqual(['set']);
    expect(paths.has(action(graph, 'transfer'))).toBe(false);
  });

  test('every path must pass the barrier: two predecessors, one of them unguarded', () => {
    expect(isReachableAvoiding(diamond, action(diamond, 'transfer'), setsQueue)).toBe(true);
    expect(isReachableAvoiding(diamond, action(diamond, 'set'), setsQueue)).toBe(true);
  });

  test('error branches of a barrier carry paths on only with throughErrors', () => {
    const graph = graphOf([
      step('set', 'UpdateContactTargetQueue', 'next', 'failed'),
      step('next', 'MessageParticipant', 'transfer'),
      step('failed', 'MessageParticipant', 'transfer'),
      step('transfer', 'TransferContactToQueue'),
    ]);
    const strict = reachableAvoiding(graph, setsQueue);
    expect(strict.has(action(graph, 'failed'))).toBe(false);
    const failures = reachableAvoiding(graph, setsQueue, { throughErrors: true });
    expect(failures.has(action(graph, 'next'))).toBe(false);
    expect(ids(failures.pathTo(action(graph, 'transfer')))).toEqual(['set', 'failed', 'transfer']);
  });

  test('starts from another action when asked', () => {
    const paths = reachableAvoiding(diamond, never, { from: action(diamond, 'skip') });
    expect(paths.has(action(diamond, 'start'))).toBe(false);
    expect(ids(paths.pathTo(action(diamond, 'bye')))).toEqual(['skip', 'transfer', 'bye']);
  });

  test('terminates on cycles and still finds what lies beyond them', () => {
    const graph = graphOf([
      step('a', 'MessageParticipant', 'b'),
      step('b', 'MessageParticipant', 'c', 'a'),
      step('c', 'MessageParticipant', 'b', 'd'),
      step('d', 'TransferContactToQueue'),
      step('self', 'MessageParticipant', 'self'),
    ]);
    const paths = reachableAvoiding(graph, setsQueue);
    expect(ids(paths.pathTo(action(graph, 'd')))).toEqual(['a', 'b', 'c', 'd']);
    expect(paths.has(action(graph, 'self'))).toBe(false);
  });

  test('gives shortest paths', () => {
    const graph = graphOf([
      step('a', 'MessageParticipant', 'long1', 'end'),
      step('long1', 'MessageParticipant', 'long2'),
      step('long2', 'MessageParticipant', 'end'),
      step('end', 'TransferContactToQueue'),
    ]);
    expect(ids(reachableAvoiding(graph, never).pathTo(action(graph, 'end')))).toEqual(['a', 'end']);
  });

  test('finds nothing without a start', () => {
    const graph = graphOf([step('a', 'MessageParticipant')], 'missing');
    const paths = reachableAvoiding(graph, never);
    expect(paths.has(action(graph, 'a'))).toBe(false);
    expect(paths.pathTo(action(graph, 'a'))).toBeUndefined();
  });

  test('ignores transitions to identifiers that do not exist', () => {
    const graph = graphOf([step('a', 'MessageParticipant', 'gone', 'b'), step('b', 'Loop')]);
    expect(reachableAvoiding(graph, never).has(action(graph, 'b'))).toBe(true);
  });

  test('answers the same question from the cache, a different one anew', () => {
    const first = reachableAvoiding(diamond, setsQueue);
    expect(reachableAvoiding(diamond, setsQueue)).toBe(first);
    expect(reachableAvoiding(diamond, setsQueue, { throughErrors: true })).not.toBe(first);
    expect(reachableAvoiding(diamond, transfers)).not.toBe(first);
    const other = graphOf([step('start', 'MessageParticipant')]);
    expect(reachableAvoiding(other, setsQueue)).not.toBe(first);
  });

  test('walks a very long chain without recursion', () => {
    const length = 20_000;
    const chain = Array.from({ length }, (_, i) =>
      step(`n${i}`, 'MessageParticipant', i + 1 < length ? `n${i + 1}` : undefined),
    );
    const graph = graphOf(chain);
    const paths = reachableAvoiding(graph, never);
    expect(paths.pathTo(action(graph, `n${length - 1}`))?.length).toBe(length);
    expect(leadsTo(graph, (a) => a.id === `n${length - 1}`).size).toBe(length - 1);
  });
});

describe('leadsTo', () => {
  test('holds the actions with a path of at least one step to a goal', () => {
    const graph = graphOf([
      step('a', 'MessageParticipant', 'b', 'x'),
      step('b', 'TransferContactToQueue', 'bye'),
      step('x', 'MessageParticipant', 'bye'),
      step('bye', 'DisconnectParticipant'),
      step('orphan', 'MessageParticipant', 'b'),
    ]);
    const found = leadsTo(graph, transfers);
    expect([...found].map((i) => graph.shape.actions[i]!.id).sort()).toEqual(['a', 'orphan']);
  });

  test('counts a goal only when a loop or another goal follows it', () => {
    const graph = graphOf([
      step('t1', 'TransferContactToQueue', 'retry'),
      step('retry', 'MessageParticipant', 't1'),
      step('t2', 'TransferContactToQueue'),
    ]);
    const found = leadsTo(graph, transfers);
    expect(found.has(action(graph, 't1').index)).toBe(true);
    expect(found.has(action(graph, 'retry').index)).toBe(true);
    expect(found.has(action(graph, 't2').index)).toBe(false);
  });

  test('is cached per document and goal', () => {
    const graph = graphOf([step('a', 'TransferContactToQueue')]);
    expect(leadsTo(graph, transfers)).toBe(leadsTo(graph, transfers));
    expect(leadsTo(graph, setsQueue)).not.toBe(leadsTo(graph, transfers));
  });
});

describe('isUnknownAction', () => {
  test('is true for types the catalog does not know and for missing types', () => {
    const graph = graphOf([
      step('known', 'MessageParticipant'),
      step('invented', 'SetVoice'),
      { Identifier: 'untyped', Parameters: {}, Transitions: {} },
      step('proto', '__proto__'),
    ]);
    expect(graph.shape.actions.map(isUnknownAction)).toEqual([false, true, true, true]);
  });
});

describe('describePath', () => {
  const graph = graphOf(
    Array.from({ length: 7 }, (_, i) => step(`s${i}`, 'MessageParticipant', `s${i + 1}`)),
  );
  const path = (n: number) => graph.shape.actions.slice(0, n);

  test('names the start alone', () => {
    expect(describePath(path(1), 'Set working queue')).toBe(
      'it is the first action of the flow, with no Set working queue before it',
    );
  });

  test('names every action of a short path', () => {
    expect(describePath(path(3), 'Set Voice ID')).toBe(
      'the path "s0" → "s1" → "s2" reaches it with no Set Voice ID before it',
    );
  });

  test('leaves out the middle of a long path', () => {
    expect(describePath(path(7), 'Set Voice ID')).toBe(
      'the path "s0" → "s1" → … → "s5" → "s6" reaches it with no Set Voice ID before it',
    );
  });
});
