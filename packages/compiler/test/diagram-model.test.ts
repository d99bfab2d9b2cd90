import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDiagram, type FlowDiagram } from '../src/index.js';

type Json = Record<string, unknown>;

const examples = resolve(import.meta.dirname, '../../../examples/flows');
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };

function flow(actions: unknown[], extra: Json = {}): Json {
  return { Version: '2019-10-30', StartAction: 'start', Actions: actions, ...extra };
}

/** Each edge as `from-identifier -[label]-> to-identifier (kind)`, for readable expectations. */
function edgesOf(diagram: FlowDiagram): string[] {
  const id = new Map(diagram.nodes.map((node) => [node.key, node.identifier ?? node.key]));
  return diagram.edges.map(
    (edge) => `${id.get(edge.from)} -[${edge.label}]-> ${id.get(edge.to)} (${edge.kind})`,
  );
}

function node(diagram: FlowDiagram, identifier: string) {
  const found = diagram.nodes.find((n) => n.identifier === identifier);
  if (!found) throw new Error(`no node ${identifier}`);
  return found;
}

describe('buildDiagram', () => {
  test('titles each box with its console block and labels branches as the console does', () => {
    const diagram = buildDiagram(readJson(resolve(examples, 'customer-queue.json')));
    expect(diagram.name).toBe('Customer queue with callback');
    expect(node(diagram, 'get-customer-input-0b9eb981').title).toBe('Get customer input');
    expect(node(diagram, 'transfer-to-queue-a441acb9').title).toBe('Transfer to queue');
    expect(node(diagram, 'disconnect-hang-up-4b6657e9').kind).toBe('terminal');
    expect(edgesOf(diagram)).toContain(
      'get-customer-input-0b9eb981 -[Pressed 1]-> set-callback-number-1735b7e1 (condition)',
    );
    expect(edgesOf(diagram)).toContain(
      'get-customer-input-0b9eb981 -[Timeout]-> get-queue-metrics-fbc37c03 (error)',
    );
    expect(edgesOf(diagram)).toContain(
      'get-customer-input-0b9eb981 -[Default]-> get-queue-metrics-fbc37c03 (condition)',
    );
    expect(edgesOf(diagram)).toContain(
      'loop-prompts-453e0205 -[Timeout]-> get-customer-input-0b9eb981 (condition)',
    );
    // Two error branches to the same block share one arrow.
    expect(edgesOf(diagram)).toContain(
      'set-callback-number-1735b7e1 -[Invalid number / Not dialable]-> play-prompt-8599fd63 (error)',
    );
  });

  test('hides a NextAction the block shows no branch for when another branch has its target', () => {
    const diagram = buildDiagram(
      flow([
        {
          Identifier: 'start',
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.tier' },
          Transitions: {
            NextAction: 'bye',
            Conditions: [
              { NextAction: 'gold', Condition: { Operator: 'Equals', Operands: ['Gold'] } },
              { NextAction: 'gold', Condition: { Operator: 'NumberGreaterThan', Operands: ['5'] } },
            ],
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
          },
        },
        {
          Identifier: 'gold',
          Type: 'TransferContactToQueue',
          Parameters: {},
          Transitions: {
            NextAction: 'elsewhere',
            Errors: [
              { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
              { NextAction: 'bye', ErrorType: 'NoMatchingError' },
            ],
          },
        },
        { ...bye, Identifier: 'elsewhere' },
        bye,
      ]),
    );
    expect(edgesOf(diagram)).toEqual([
      'start -[= Gold / > 5]-> gold (condition)',
      'start -[No match]-> bye (condition)',
      // Transfer to queue shows no Success branch, but this NextAction leads somewhere else.
      'gold -[Next]-> elsewhere (next)',
      'gold -[At capacity / Error]-> bye (error)',
    ]);
  });

  test('draws unknown types, missing targets, self-loops and broken actions without throwing', () => {
    const diagram = buildDiagram(
      readJson(resolve(import.meta.dirname, 'fixtures/hostile-names.json')),
    );
    expect(diagram.nodes.map((n) => n.kind).sort()).toEqual(
      [
        ...Array<string>(4).fill('action'),
        'missing',
        'terminal',
        'terminal',
        'terminal',
        'unknown',
        'unknown',
        'unknown',
      ].sort(),
    );
    expect(node(diagram, 'nowhere "at" all')).toMatchObject({ kind: 'missing' });
    expect(node(diagram, 'custom <type> & \\ \\N')).toMatchObject({
      kind: 'unknown',
      title: 'SomeFutureAction"<x>',
    });
    expect(node(diagram, 'start "quoted" [1]').name).toBe('start "quoted" [1]');
    expect(edgesOf(diagram)).toContain('menu\n{a|b} -[Pressed 9]-> menu\n{a|b} (condition)');
    // An error type named like an Object property is still just a label.
    expect(edgesOf(diagram)).toContain('custom <type> & \\ \\N -[constructor]-> __proto__ (error)');
    // Duplicate identifiers each get a box; branches lead to the first.
    expect(diagram.nodes.filter((n) => n.identifier === 'bye 😀')).toHaveLength(2);
  });

  test('summarises key parameters, with the names the designer recorded', () => {
    const diagram = buildDiagram(
      readJson(resolve(import.meta.dirname, 'fixtures/hostile-names.json')),
    );
    expect(node(diagram, 'queue#1;').details).toEqual([
      { label: 'Queue', value: 'Sales <Gold> "VIP"' },
    ]);
    const lambda = buildDiagram(readJson(resolve(examples, 'government-services-ivr.json')));
    expect(node(lambda, 'invoke-aws-lambda-function-e41fa4e6').details.slice(0, 2)).toEqual([
      { label: 'Function', value: 'checkHoliday-dev' },
      { label: 'Timeout', value: '3 s' },
    ]);
    expect(node(lambda, 'set-working-queue-31275a6a').details).toEqual([
      { label: 'Queue', value: 'a3c93cfe…' },
    ]);
  });

  test('orders boxes from the entry point, unreachable ones last', () => {
    const diagram = buildDiagram(
      flow([
        { ...bye, Identifier: 'orphan' },
        bye,
        {
          Identifier: 'start',
          Type: 'MessageParticipant',
          Parameters: { Text: 'Hi' },
          Transitions: { NextAction: 'bye' },
        },
      ]),
    );
    expect(diagram.nodes.map((n) => n.identifier)).toEqual(['start', 'bye', 'orphan']);
    expect(diagram.start).toBe('a2');
  });

  test('reads anything as a diagram', () => {
    for (const value of [null, 42, 'text', [], {}, { Actions: 'x' }, { Actions: [null, 1] }]) {
      expect(() => buildDiagram(value)).not.toThrow();
    }
    expect(buildDiagram({ StartAction: 'x', Actions: [] }).nodes).toMatchObject([
      { kind: 'missing', identifier: 'x' },
    ]);
  });
});
