import { describe, expect, test } from 'vitest';
import {
  planPublish,
  type LiveContent,
  type LiveFlowSummary,
  type LiveModuleSummary,
  type PlanInput,
  type PublishUnit,
} from '../src/index.js';

function document(...parameters: Record<string, string>[]): string {
  return JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'a0',
    Actions: parameters.map((Parameters, index) => ({
      Identifier: `a${index}`,
      Type: 'UpdateContactAttributes',
      Parameters,
      Transitions: {},
    })),
  });
}

function flowUnit(name: string, content: string, extra: Partial<PublishUnit> = {}): PublishUnit {
  return { name, flowType: 'CONTACT_FLOW', content, file: `flows/${name}.json`, ...extra };
}

function moduleUnit(name: string, content: string, settings?: string): PublishUnit {
  return { name, flowType: 'FLOW_MODULE', content, settings, file: `modules/${name}.json` };
}

function liveFlow(name: string, extra: Partial<LiveFlowSummary> = {}): LiveFlowSummary {
  return { id: `id-${name}`, arn: `arn:flow/${name}`, name, type: 'CONTACT_FLOW', ...extra };
}

function liveModule(name: string): LiveModuleSummary {
  return { id: `id-${name}`, arn: `arn:module/${name}`, name };
}

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'units'>) {
  return planPublish({ flows: [], modules: [], contents: new Map(), environment: {}, ...input });
}

function contents(...entries: [string, string, string?][]): Map<string, LiveContent> {
  return new Map(
    entries.map(([arn, content, settings]) => [
      arn,
      { id: arn, arn, name: arn, content, ...(settings !== undefined && { settings }) },
    ]),
  );
}

describe('planPublish: create, update, unchanged', () => {
  test('creates what the instance lacks', () => {
    const result = plan({ units: [flowUnit('Main', document({ a: '1' }))] });
    expect(result.units.map((u) => [u.key, u.action])).toEqual([['flow:Main', 'create']]);
    expect(result.groups).toEqual([
      { keys: ['flow:Main'], cyclic: false, steps: [{ key: 'flow:Main', operation: 'create' }] },
    ]);
  });

  test('leaves alone the same JSON written another way, and updates other content', () => {
    const same = JSON.stringify(JSON.parse(document({ a: '1' })), null, 4).replace(
      '"Version": "2019-10-30",',
      '',
    );
    const reordered = `{ "Version": "2019-10-30", ${same.slice(1)}`;
    const result = plan({
      units: [flowUnit('Same', document({ a: '1' })), flowUnit('Changed', document({ a: '2' }))],
      flows: [liveFlow('Same'), liveFlow('Changed')],
      contents: contents(['arn:flow/Same', reordered], ['arn:flow/Changed', document({ a: '1' })]),
    });
    expect(result.units.map((u) => [u.key, u.action])).toEqual([
      ['flow:Changed', 'update'],
      ['flow:Same', 'unchanged'],
    ]);
    expect(result.groups.find((g) => g.keys.includes('flow:Same'))?.steps).toEqual([]);
  });

  test('fills references before comparing', () => {
    const result = plan({
      units: [flowUnit('Main', document({ QueueId: '{{queue:Sales}}' }))],
      flows: [liveFlow('Main')],
      contents: contents(['arn:flow/Main', document({ QueueId: 'arn:queue/sales' })]),
      environment: { queues: { Sales: 'arn:queue/sales' } },
    });
    expect(result.units[0]?.action).toBe('unchanged');
    expect(JSON.parse(result.units[0]!.preview)).toEqual(
      JSON.parse(document({ QueueId: 'arn:queue/sales' })),
    );
  });

  test('compares module settings only when the unit has them', () => {
    const content = document({ a: '1' });
    const result = plan({
      units: [
        moduleUnit('WithSettings', content, '{"InputParameters":[{"Name":"x"}]}'),
        moduleUnit('WithoutSettings', content),
      ],
      modules: [liveModule('WithSettings'), liveModule('WithoutSettings')],
      contents: contents(
        ['arn:module/WithSettings', content, '{"InputParameters":[]}'],
        ['arn:module/WithoutSettings', content, '{"InputParameters":[]}'],
      ),
    });
    expect(result.units.map((u) => [u.key, u.action])).toEqual([
      ['module:WithSettings', 'update'],
      ['module:WithoutSettings', 'unchanged'],
    ]);
  });

  test('prefers an active flow to an archived one of the same name', () => {
    const result = plan({
      units: [flowUnit('Main', document({ a: '1' }))],
      flows: [
        liveFlow('Main', { id: 'old', arn: 'arn:old', state: 'ARCHIVED' }),
        liveFlow('Main', { id: 'new', arn: 'arn:new', state: 'ACTIVE' }),
      ],
    });
    expect(result.units[0]?.live?.id).toBe('new');
  });
});

describe('planPublish: order', () => {
  test('writes modules first and what a flow refers to before it', () => {
    const result = plan({
      units: [
        flowUnit('A caller', document({ ContactFlowId: '{{flow:Z target}}' })),
        flowUnit('Z target', document({ FlowModuleId: '{{flowModule:Payments}}' })),
        flowUnit('M alone', document({ a: '1' })),
        moduleUnit('Payments', document({ a: '1' }), '{}'),
      ],
    });
    expect(result.units.map((u) => u.key)).toEqual([
      'module:Payments',
      'flow:M alone',
      'flow:Z target',
      'flow:A caller',
    ]);
    expect(result.units.every((u) => !u.stub)).toBe(true);
    expect(result.units.find((u) => u.key === 'flow:A caller')?.dependsOn).toEqual([
      'flow:Z target',
    ]);
  });

  test('a reference to a unit resolves to its ARN on this instance, not the environment', () => {
    const result = plan({
      units: [
        flowUnit('Caller', document({ ContactFlowId: '{{flow:Target}}' })),
        flowUnit('Target', document({ a: '1' })),
      ],
      flows: [liveFlow('Target'), liveFlow('Caller')],
      environment: { flows: { Target: 'arn:elsewhere' } },
    });
    expect(JSON.parse(result.units[1]!.preview).Actions[0].Parameters.ContactFlowId).toBe(
      'arn:flow/Target',
    );
  });

  test('keeps the placeholder of a unit that is still to be created', () => {
    const result = plan({
      units: [
        flowUnit('Caller', document({ ContactFlowId: '{{flow:Target}}' })),
        flowUnit('Target', document({ a: '1' })),
      ],
      flows: [liveFlow('Caller')],
      contents: contents(['arn:flow/Caller', document({ ContactFlowId: '{{flow:Target}}' })]),
    });
    expect(result.units.map((u) => [u.key, u.action])).toEqual([
      ['flow:Target', 'create'],
      ['flow:Caller', 'update'],
    ]);
  });
});

describe('planPublish: cycles', () => {
  const a = flowUnit('A', document({ ContactFlowId: '{{flow:B}}' }));
  const b = flowUnit('B', document({ ContactFlowId: '{{flow:A}}' }));

  test('creates one of two new flows that refer to each other with placeholder content first', () => {
    const result = plan({ units: [b, a] });
    expect(result.groups).toEqual([
      {
        keys: ['flow:B', 'flow:A'],
        cyclic: true,
        steps: [
          { key: 'flow:A', operation: 'create-stub' },
          { key: 'flow:B', operation: 'create' },
          { key: 'flow:A', operation: 'fill' },
        ],
      },
    ]);
    expect(result.units.map((u) => [u.key, u.action, u.stub])).toEqual([
      ['flow:B', 'create', false],
      ['flow:A', 'create', true],
    ]);
  });

  test('needs no placeholder content when one of the two exists', () => {
    const result = plan({ units: [a, b], flows: [liveFlow('A')] });
    expect(result.groups[0]?.steps).toEqual([
      { key: 'flow:B', operation: 'create' },
      { key: 'flow:A', operation: 'update' },
    ]);
  });

  test('creates a new flow that refers to itself in two steps', () => {
    const self = flowUnit('Loop', document({ ContactFlowId: '{{flow:Loop}}' }));
    const result = plan({ units: [self] });
    expect(result.groups[0]).toEqual({
      keys: ['flow:Loop'],
      cyclic: true,
      steps: [
        { key: 'flow:Loop', operation: 'create-stub' },
        { key: 'flow:Loop', operation: 'fill' },
      ],
    });
  });

  test('orders a cycle after what it refers to and before what refers to it', () => {
    const caller = flowUnit('0 caller', document({ ContactFlowId: '{{flow:A}}' }));
    const result = plan({ units: [caller, a, b] });
    expect(result.groups.map((g) => g.keys)).toEqual([['flow:B', 'flow:A'], ['flow:0 caller']]);
  });
});

describe('planPublish: problems', () => {
  test('reports two units with one name', () => {
    const result = plan({
      units: [flowUnit('Main', '{}'), flowUnit('Main', '{}', { file: 'other/main.json' })],
    });
    expect(result.problems).toEqual([
      {
        key: 'flow:Main',
        message: 'other/main.json: flow "Main" is also published from flows/Main.json',
      },
    ]);
  });

  test('reports a name a flow of another type has', () => {
    const result = plan({
      units: [flowUnit('Queue music', '{}', { flowType: 'CUSTOMER_QUEUE' })],
      flows: [liveFlow('Queue music')],
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      'flows/Queue music.json: the instance has a CONTACT_FLOW flow named "Queue music", and this one is CUSTOMER_QUEUE; flow names are unique in an instance',
    ]);
  });

  test('lets a module and a flow share a name', () => {
    const result = plan({
      units: [flowUnit('Payments', '{}'), moduleUnit('Payments', '{}')],
    });
    expect(result.problems).toEqual([]);
  });
});
