import { playPrompt, type FlowDefinition, type FlowNode } from '@contactflow/dsl';
import { describe, expect, test, vi } from 'vitest';
import { compile, type FlowAction } from '../src/index.js';

/** A fresh copy of the government IVR example: this test rewires its nodes. */
async function freshIvr(): Promise<FlowDefinition> {
  vi.resetModules();
  const module = await import('../../../examples/government-services-ivr.flow.js');
  return module.governmentServicesIvr;
}

function nodesOf(definition: FlowDefinition): FlowNode[] {
  const seen = new Set<FlowNode>([definition.start]);
  for (const node of seen) for (const { target } of node.connections) seen.add(target);
  return [...seen];
}

function byId(actions: readonly FlowAction[]): Map<string, string> {
  return new Map(actions.map((action) => [action.Identifier, JSON.stringify(action)]));
}

const options = { unresolvedReferences: 'placeholder' } as const;

describe('identifiers on the government services IVR', () => {
  test('are the same on every compile', async () => {
    const first = compile(await freshIvr(), options).json;
    const second = compile(await freshIvr(), options).json;
    expect(second).toBe(first);
  });

  test('inserting one block changes only the new action and its neighbour', async () => {
    const before = compile(await freshIvr(), options).document;

    const ivr = await freshIvr();
    const welcome = nodesOf(ivr).find((node) =>
      String(node.parameters['Text']).startsWith('Thank you for calling'),
    )!;
    const menu = welcome.connections.find((c) => c.transition.kind === 'next')!.target;
    const notice = playPrompt({ text: 'Calls may be recorded for quality.' })
      .then(menu)
      .onError(menu);
    (welcome as unknown as { then(next: FlowNode): void }).then(notice);
    const after = compile(ivr, options).document;

    const old = byId(before.Actions);
    const changed = [...byId(after.Actions)].filter(([id, text]) => old.get(id) !== text);
    const welcomeId = before.Actions.find(
      (a) =>
        a.Type === 'MessageParticipant' &&
        String((a.Parameters as { Text?: string }).Text).startsWith('Thank you for calling'),
    )!.Identifier;
    const noticeId = after.Actions.find((a) =>
      JSON.stringify(a.Parameters).includes('Calls may be recorded'),
    )!.Identifier;

    expect(after.Actions).toHaveLength(before.Actions.length + 1);
    expect(changed.map(([id]) => id).sort()).toEqual([noticeId, welcomeId].sort());
    expect([...old.keys()].every((id) => after.Actions.some((a) => a.Identifier === id))).toBe(
      true,
    );
    const welcomeAfter = after.Actions.find((a) => a.Identifier === welcomeId)!;
    expect(welcomeAfter.Transitions.NextAction).toBe(noticeId);
    expect(after.StartAction).toBe(before.StartAction);
  });
});
