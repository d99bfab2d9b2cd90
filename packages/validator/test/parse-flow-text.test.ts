import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it, test } from 'vitest';
import { parseFlowText, rules, runRules, validate } from '../src/index.js';
import { indexJsonText } from '../src/json-text-index.js';
import { pointerFrom, pointerSegments } from '../src/json-pointer.js';
import { nestsDeeperThan, tooDeep } from '../src/nesting-depth.js';
import { fuzzParameters, propertyTimeout } from './properties/fuzz-settings.js';

// Valid text is parsed by JSON.parse and its positions are found only when asked for. They must be
// where a syntax tree puts them: this reference finds them the way the validator did before, with
// jsonc-parser's tree, and the properties below compare the two on text written every which way.
function referenceLocate(text: string, pointer: string): { line: number; column: number } {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return { line: 1, column: 1 };
  let segments = pointerSegments(pointer);
  for (;;) {
    const path = segments.map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
    const node = findNodeAtLocation(root, path);
    if (node) {
      const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    }
    if (segments.length === 0) return { line: 1, column: 1 };
    segments = segments.slice(0, -1);
  }
}

/** Every pointer into `value`, and beside each one that leads nowhere. */
function pointersOf(value: unknown): string[] {
  const found = ['', '/missing', '/0', '/-1', '/00'];
  const visit = (at: unknown, path: (string | number)[]) => {
    if (typeof at !== 'object' || at === null) return;
    for (const [key, child] of Object.entries(at)) {
      const pointer = pointerFrom([...path, key]);
      found.push(pointer, `${pointer}/missing`, `${pointer}/0`);
      visit(child, [...path, key]);
    }
  };
  visit(value, []);
  return found;
}

const keys = fc.oneof(
  fc.constantFrom(
    'Actions',
    'Parameters',
    '0',
    '12',
    '',
    'a/b',
    'm~n',
    '~1',
    'quote"d',
    'back\\slash',
  ),
  fc.constantFrom('__proto__', 'toString', 'é', '\u2028', '😀', 'tab\there'),
  fc.string({ maxLength: 4 }),
);

const values = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.constantFrom(null, true, false, 0, -1.5, 1e21, 'text', '', '$.Attributes["x"]'),
    fc.string({ maxLength: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

/** Whitespace between tokens, line breaks of both kinds included. */
const gaps = ['', ' ', '\n', '\n  ', '\r\n\t', '  \n\n    '];

/** A string literal, some characters written as escapes. */
function literal(text: string, choose: () => number): string {
  let out = '"';
  for (const c of text) {
    const plain = JSON.stringify(c).slice(1, -1);
    if (plain === c && choose() % 4 === 0) {
      for (const unit of c.split('')) {
        out += `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    } else {
      out += plain;
    }
  }
  return `${out}"`;
}

/** `value` as JSON text with whitespace and escapes chosen by `seed`, and some members twice. */
function written(value: unknown, seed: number): string {
  let state = seed >>> 0 || 1;
  const choose = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state >>> 16;
  };
  const gap = () => gaps[choose() % gaps.length]!;
  const write = (at: unknown): string => {
    if (Array.isArray(at)) return `[${at.map((v) => gap() + write(v) + gap()).join(',')}]`;
    if (typeof at === 'object' && at !== null) {
      const members = Object.entries(at).map(
        ([k, v]) => `${gap()}${literal(k, choose)}${gap()}:${gap()}${write(v)}${gap()}`,
      );
      // A name given twice: JSON.parse keeps the last value, positions point at the first.
      if (members.length > 0 && choose() % 5 === 0) members.push(`${gap()}${members[0]!}`);
      return `{${members.join(',')}}`;
    }
    return typeof at === 'string' ? literal(at, choose) : JSON.stringify(at);
  };
  return gap() + write(value) + gap();
}

describe('parseFlowText on valid text', () => {
  test(
    'gives the value JSON.parse gives, and every position where the syntax tree has it',
    () => {
      fc.assert(
        fc.property(values, fc.integer(), fc.boolean(), (value, seed, bom) => {
          const text = written(value, seed);
          const parsed = parseFlowText(bom ? `\uFEFF${text}` : text);
          expect(parsed.diagnostics).toEqual([]);
          expect(parsed.value).toEqual(JSON.parse(text));
          const shown = bom ? ` ${text}` : text;
          for (const pointer of pointersOf(parsed.value)) {
            expect(parsed.locate(pointer), pointer).toEqual(referenceLocate(shown, pointer));
          }
        }),
        fuzzParameters(300),
      );
    },
    propertyTimeout,
  );

  it('places a pointer at the first of two members of the same name', () => {
    const parsed = parseFlowText('{\n  "a": {"b": 1},\n  "a": 2\n}');
    expect(parsed.value).toEqual({ a: 2 });
    expect(parsed.locate('/a/b')).toEqual({ line: 2, column: 9 });
  });

  it('matches names written with escapes', () => {
    const parsed = parseFlowText('{"x": 1,\n "\\u0041\\/b": {"c\\"d": true}}');
    expect(parsed.locate('/A~1b/c"d')).toEqual({ line: 2, column: 16 });
  });

  it('reads an index as an array position only', () => {
    const parsed = parseFlowText('{"list": [1, 2],\n"map": {"0": 3}}');
    expect(parsed.locate('/list/1')).toEqual({ line: 1, column: 14 });
    // As the syntax tree does, a number names no object member: the object itself is shown.
    expect(parsed.locate('/map/0')).toEqual({ line: 2, column: 1 });
  });

  it('places the whole document after the whitespace before it', () => {
    expect(parseFlowText('\n\n   {"a": 1}').locate('')).toEqual({ line: 3, column: 4 });
    expect(parseFlowText('\uFEFF[]').locate('/9')).toEqual({ line: 1, column: 2 });
  });

  it('accepts text as deep as 1,000 levels and refuses deeper text, however it is written', () => {
    const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    expect(parseFlowText(deep(1_000)).diagnostics).toEqual([]);
    expect(parseFlowText(`{"a":\n${deep(1_000)}}`).diagnostics).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 2, column: 1_000 }),
    ]);
    // What a later member of the same name replaces is not in the value, so nothing reads it.
    const replaced = parseFlowText(`{"a": ${deep(2_000)}, "a": 1}`);
    expect(replaced.diagnostics).toEqual([]);
    expect(replaced.value).toEqual({ a: 1 });
  });
});

describe('indexJsonText', () => {
  it('finds values, their ends and their names', () => {
    const text = '{"a": [1, {"b": "x\\"y"}], "c": null}';
    const index = indexJsonText(text);
    const span = index.find(['a', 1, 'b']);
    expect(span).toEqual({ start: 16, end: 22, nameStart: 11 });
    expect(text.slice(span!.start, span!.end)).toBe('"x\\"y"');
    expect(index.find(['a'])).toMatchObject({ start: 6, end: 24, nameStart: 1 });
    expect(index.find(['c'])).toMatchObject({ start: 31, end: 35 });
    expect(index.find([])).toEqual({ start: 0, end: text.length, nameStart: undefined });
    expect(index.find(['a', 2])).toBeUndefined();
    expect(index.find(['a', 'b'])).toBeUndefined();
    expect(index.find([0])).toBeUndefined();
  });

  it('counts lines at line feeds', () => {
    expect(indexJsonText('[\r\n1,\n\n2]').lineStarts).toEqual([0, 3, 6, 7]);
  });

  it('never fails on text that is not JSON', () => {
    for (const text of ['', '{', '"abc', '}]', '{"a" 1 2 [}', '\\"', ',,,:']) {
      expect(() => indexJsonText(text).find(['a', 0])).not.toThrow();
    }
  });
});

describe('nesting depth', () => {
  it('counts objects and arrays, not the values in them', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 'c' }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
  });

  it('ends on a value that contains itself', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(nestsDeeperThan(loop, 50)).toBe(true);
    expect(tooDeep(loop, 50)).toHaveLength(51);
  });

  it('finds the same path as before for documents too deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 150; i++) deep = i % 3 === 0 ? [deep] : { [`k${i}`]: deep };
    const path = tooDeep({ Actions: [deep] });
    expect(path).toHaveLength(101);
    expect(path?.slice(0, 3)).toEqual(['Actions', '0', 'k149']);
    expect(tooDeep({ Actions: [{ Parameters: { a: [[{}]] } }] })).toBeUndefined();
  });
});

describe('rules sharing one context', () => {
  it('credits each finding to the rule that reported it', () => {
    const bye = {
      Identifier: 'bye',
      Type: 'DisconnectParticipant',
      Parameters: {},
      Transitions: { NextAction: 'nowhere' },
    };
    const flow = { Version: '2019-10-30', StartAction: 'missing', Actions: [bye, bye] };
    const options = { flowType: 'CONTACT_FLOW' } as const;
    const alone = rules.flatMap((rule) => runRules(flow, [rule], options));
    expect(new Set(alone.map((d) => d.code)).size).toBeGreaterThan(3);
    expect(validate(flow, options)).toEqual(alone);
  });
});
