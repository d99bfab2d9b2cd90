import { describe, expect, it } from 'vitest';
import {
  decodeFlowText,
  maxFlowTextLength,
  parseFlowText,
  validate,
  validateText,
  type Diagnostic,
} from '../src/index.js';

// Input no flow author writes but anyone can feed the validator: it must answer with diagnostics,
// in good time, and never fail or overflow the stack.
const internal = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.code === 'internal-error');

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const document = (actions: unknown[]) => ({
  Version: '2019-10-30',
  StartAction: 'bye',
  Actions: actions,
});

describe('text nested 100,000 levels deep', () => {
  it.each([
    ['arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 1001],
    ['objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 5001],
    ['a string and a comment first', `/* " */ "[" ${'['.repeat(100_000)}`, 1013],
  ])('of %s is refused where it passes 1,000 levels, unparsed', (_what, text, column) => {
    const diagnostics = validateText(text);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 1, column }),
    ]);
    expect(diagnostics[0]?.message).toMatch(/nest more than 1,000 levels deep here/);
  });

  it('is accepted as far as 1,000 levels, and reported as too deep by the schema check', () => {
    const text = JSON.stringify(document([{ ...bye, Parameters: { deep: nested(990) } }]));
    const diagnostics = validateText(text);
    expect(internal(diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('invalid-document');
  });
});

describe('documents given as values', () => {
  it('are validated without failing, however deep they nest', () => {
    const diagnostics = validate(document([{ ...bye, Parameters: { deep: nested(100_000) } }]));
    expect(internal(diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('invalid-document');
  });

  it('with an action of 140,000 conditions (what 10 MB holds) are validated without failing', () => {
    const conditions = Array.from({ length: 140_000 }, (_, i) => ({
      NextAction: 'bye',
      Condition: { Operator: 'Equals', Operands: [`$.Attributes.a${i}`] },
    }));
    const check = {
      Identifier: 'check',
      Type: 'Compare',
      Parameters: { ComparisonValue: '$.Attributes.x' },
      Transitions: { NextAction: 'bye', Conditions: conditions },
    };
    const diagnostics = validate({ ...document([check, bye]), StartAction: 'check' });
    expect(internal(diagnostics)).toEqual([]);
  }, 60_000);

  it('whose values have keys named like object members are read as data', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = JSON.stringify({
      ...document([
        {
          Identifier: 'toString',
          Type: 'UpdateFlowLoggingBehavior',
          Parameters: { FlowLoggingBehavior: { toString: '', valueOf: '' } },
          Transitions: { NextAction: 'bye' },
        },
        {
          ...bye,
          Parameters: { ['__proto__']: { polluted: true }, constructor: { prototype: 1 } },
        },
      ]),
      StartAction: 'toString',
    });
    const diagnostics = validateText(text, { flowType: 'CONTACT_FLOW' });
    expect(internal(diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('illegal-identifier');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('text that is no JSON at all', () => {
  it('gets its first syntax errors only', () => {
    const diagnostics = validateText('@'.repeat(1_000_000));
    expect(diagnostics.length).toBeLessThanOrEqual(20);
    expect(diagnostics[0]).toMatchObject({ code: 'parse-error', line: 1, column: 1 });
  });

  it('longer than any flow is refused unparsed', () => {
    const [diagnostic] = parseFlowText(' '.repeat(maxFlowTextLength + 1)).diagnostics;
    expect(diagnostic?.message).toMatch(/more than the 10,000,000 any flow file has/);
  });
});

describe('a byte order mark', () => {
  it('is passed over, and positions stay where the editor shows them', () => {
    const text = `\uFEFF${JSON.stringify(document([bye]), null, 2)}`;
    expect(validateText(text, { flowType: 'CONTACT_FLOW' })).toEqual([]);
    const broken = `\uFEFF{\n  "Version": }`;
    expect(validateText(broken)[0]).toMatchObject({ line: 2, column: 14 });
  });

  it('in a wrapper and in its Content is passed over too', () => {
    const content = `\uFEFF${JSON.stringify(document([bye]))}`;
    const wrapped = `\uFEFF${JSON.stringify({ ContactFlow: { Type: 'CONTACT_FLOW', Content: content } })}`;
    expect(validateText(wrapped)).toEqual([]);
  });
});

describe('decodeFlowText', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

  it('decodes UTF-8, keeping a byte order mark for the parser', () => {
    expect(decodeFlowText(bytes([0xef, 0xbb, 0xbf], '{"a":"żółw"}'))).toEqual({
      text: '\uFEFF{"a":"żółw"}',
      diagnostics: [],
    });
  });

  it.each([
    ['a byte that starts nothing', bytes('{\n  "a": "x', [0xff], '"}'), 0xff, 2, 10],
    ['an overlong form', bytes('{"a":"', [0xc0, 0x80], '"}'), 0xc0, 1, 7],
    ['a surrogate', bytes('{"ż":"', [0xed, 0xa0, 0x80], '"}'), 0xed, 1, 7],
    ['a sequence cut short at the end', bytes('{"a":"', [0xe2, 0x82]), 0xe2, 1, 7],
    ['a continuation byte alone', bytes('\n\n["ą', [0x80], '"]'), 0x80, 3, 4],
  ])('reports %s at its line and column', (_what, input, byte, line, column) => {
    const decoded = decodeFlowText(input);
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line, column }),
    ]);
    expect(decoded.diagnostics[0]?.message).toContain(`byte 0x${byte.toString(16).toUpperCase()}`);
  });

  it('names UTF-16 text for what it is', () => {
    const decoded = decodeFlowText(Buffer.from('\uFEFF{}', 'utf16le'));
    expect(decoded.diagnostics[0]?.message).toMatch(/UTF-16/);
  });

  it('refuses bytes longer than any flow, unread', () => {
    const decoded = decodeFlowText(new Uint8Array(maxFlowTextLength + 1));
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics[0]?.message).toMatch(/larger than the 10,000,000 bytes/);
  });
});
