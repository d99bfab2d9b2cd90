import {
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  raw,
  type FlowDefinition,
  type FlowNode,
} from '@contactflow/dsl';
import { describe, expect, it } from 'vitest';
import {
  buildDiagram,
  compile,
  diagramFormats,
  diffFlows,
  ImportError,
  importFlow,
  renderDiagram,
} from '../src/index.js';

// Documents and builder programs no author writes but anyone can feed the compiler, the importer,
// the diff and the diagrams: each must end in good time with a result or a clear error, never
// overflow the stack.
function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const hello = (parameters: unknown) => ({
  Identifier: 'hello',
  Type: 'MessageParticipant',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const document = (actions: unknown[], start = 'hello') => ({
  Version: '2019-10-30',
  StartAction: start,
  Actions: actions,
});

describe('documents nested 100,000 levels deep', () => {
  const deep = document([hello({ Text: nested(100_000) }), bye]);
  const deeper = document([hello({ Text: nested(100_001) }), bye]);

  it('are refused by the importer with an ImportError', async () => {
    await expect(importFlow(deep)).rejects.toThrow(ImportError);
    await expect(importFlow(deep)).rejects.toThrow('nests deeper than 100 levels');
    const wrapped = { ContactFlow: { Content: JSON.stringify({ a: nested(200) }) } };
    await expect(importFlow(wrapped)).rejects.toThrow(ImportError);
  });

  it('are compared without failing, and differences below the cut still show', () => {
    const same = document([hello({ Text: nested(100_000) }), bye]);
    expect(diffFlows(deep, same).equal).toBe(true);
    const diff = diffFlows(deep, deeper);
    expect(diff.equal).toBe(false);
    expect(diff.actions[0]?.changes[0]?.path).toMatch(/^Parameters\.Text/);
  });

  it.each(diagramFormats)('are drawn as %s without failing', async (format) => {
    buildDiagram(deep);
    expect(typeof (await renderDiagram(deep, format))).toBe('string');
  });
});

describe('builder programs no author writes', () => {
  it('with parameters nested 100,000 levels deep, or containing themselves, get a diagnostic', () => {
    const looped: Record<string, unknown> = { a: 1 };
    looped['self'] = looped;
    for (const parameters of [{ deep: nested(100_000) }, looped]) {
      const make = () =>
        flow('Deep', {
          start: raw({ type: 'Custom', parameters: parameters as never }).then(disconnect()),
        });
      const result = compile(make());
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({ code: 'invalid-parameters', severity: 'error' }),
      );
      expect(compile(make()).json).toBe(result.json);
    }
  });

  it('whose start is no block get a diagnostic instead of a failure', () => {
    const broken = { ...flow('Broken', { start: disconnect() }), start: 'bye' } as unknown;
    const result = compile(broken as FlowDefinition);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-target', severity: 'error' }),
    ]);
  });

  it('of 10,000 blocks in a chain compile without running away', () => {
    let next: FlowNode = disconnect();
    for (let i = 0; i < 10_000; i++) {
      next = playPrompt({ text: `Message ${i}.` })
        .then(next)
        .onError(next);
    }
    const result = compile(flow('Chain', { start: next }));
    expect(result.document.Actions).toHaveLength(10_001);
    const positions = Object.values(result.document.Metadata.ActionMetadata);
    expect(positions.every(({ position }) => Number.isFinite(position.x))).toBe(true);
  }, 60_000);

  it('where every block of 250 leads back to the first are laid out without running away', () => {
    const first = getCustomerInput({ text: 'Menu.', timeoutSeconds: 5 });
    let next: FlowNode = disconnect();
    for (let i = 0; i < 250; i++) {
      next = playPrompt({ text: `Message ${i}.` })
        .then(next)
        .onError(first);
    }
    first.when('1', next).otherwise(first).onTimeout(first).onError(next);
    const result = compile(flow('Loops', { start: first }));
    expect(result.document.Actions).toHaveLength(252);
  });

  it('with blocks named like object members lay them out like any other', () => {
    const names = ['__proto__', 'constructor', 'hasOwnProperty', 'toString'];
    let next: FlowNode = disconnect().named('valueOf');
    for (const name of names) {
      next = playPrompt({ text: name }).then(next).onError(next).named(name);
    }
    const { document: compiled } = compile(flow('Members', { start: next }));
    for (const name of [...names, 'valueOf']) {
      const { position } = compiled.Metadata.ActionMetadata[name]!;
      expect(Number.isFinite(position.x) && Number.isFinite(position.y), name).toBe(true);
    }
  });
});

describe('an action with 50,000 conditions', () => {
  const conditions = Array.from({ length: 50_000 }, (_, i) => ({
    NextAction: 'bye',
    Condition: { Operator: 'Equals', Operands: [`value ${i}`] },
  }));
  const check = {
    Identifier: 'check',
    Type: 'Compare',
    Parameters: { ComparisonValue: '$.Attributes.x' },
    Transitions: { NextAction: 'bye', Conditions: conditions },
  };
  const many = document([check, bye], 'check');

  it('is compared and drawn', async () => {
    const reversed = document(
      [
        { ...check, Transitions: { ...check.Transitions, Conditions: [...conditions].reverse() } },
        bye,
      ],
      'check',
    );
    expect(diffFlows(many, reversed).equal).toBe(true);
    buildDiagram(many);
    expect((await renderDiagram(many, 'svg')).length).toBeGreaterThan(0);
  }, 60_000);

  it('is imported', async () => {
    const imported = await importFlow(many);
    expect(imported.source).toContain("when('value 49999', bye)");
  }, 90_000);
});
