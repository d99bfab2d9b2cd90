import { describe, expect, it } from 'vitest';
import { validate as validateAll, validateText as validateTextAll } from '../src/index.js';
import type { Diagnostic } from '../src/index.js';

// These tests are about errors and warnings; the note that flow-type rules were skipped (the
// documents here have no type) is tested in its own place.
const withoutNotes = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.code !== 'flow-type-unknown');
const validate = (...args: Parameters<typeof validateAll>) => withoutNotes(validateAll(...args));
const validateText = (...args: Parameters<typeof validateTextAll>) =>
  withoutNotes(validateTextAll(...args));

// Starts at the first action, so that only the defect a test plants is reported.
const flow = (actions: unknown[], extra: Record<string, unknown> = {}) => ({
  Version: '2019-10-30',
  StartAction: (actions[0] as { Identifier?: string } | undefined)?.Identifier ?? 'start',
  Actions: actions,
  ...extra,
});

const disconnect = {
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: {},
};

function findCode(code: string, diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === code);
}

describe('validateText', () => {
  it('reports invalid JSON with line and column', () => {
    const [first] = validateText('{\n  "Version": "2019-10-30",\n  "Actions": [,]\n}');
    expect(first).toMatchObject({ code: 'parse-error', severity: 'error', line: 3, column: 15 });
  });

  it('reports text that breaks off once, where it breaks off', () => {
    expect(validateText('{ "Version": "2019-10-30", ')).toEqual([
      expect.objectContaining({ code: 'parse-error', line: 1, column: 28 }),
    ]);
  });

  it('reports separate syntax errors separately', () => {
    const problems = validateText('{ "Version": "2019-10-30",, "Actions": [1,,2] }');
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['parse-error', 27],
      ['parse-error', 43],
    ]);
  });

  it('reports an empty file as such', () => {
    expect(validateText('  \n')).toEqual([
      expect.objectContaining({ code: 'parse-error', message: expect.stringContaining('empty') }),
    ]);
  });

  it('locates a problem at the property that carries it', () => {
    const text = JSON.stringify(flow([{ ...disconnect, Parameters: { Reason: 'x' } }]), null, 2);
    const [problem] = validateText(text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"Reason"')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('"Reason"') + 1;
    expect(problem).toMatchObject({
      code: 'invalid-parameters',
      pointer: '/Actions/0/Parameters/Reason',
      actionId: 'bye',
      line,
      column,
    });
    expect(problem?.message).toBe('Unknown parameter "Reason".');
  });

  it('orders diagnostics by position', () => {
    const text = JSON.stringify(
      flow([
        { Identifier: 'a', Type: 'Nope', Transitions: {} },
        { ...disconnect, Parameters: { X: '1' } },
      ]),
      null,
      2,
    );
    const lines = validateText(text).map((d) => d.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('validate', () => {
  it('accepts a minimal valid flow', () => {
    expect(validate(flow([disconnect], { StartAction: 'bye' }))).toEqual([]);
  });

  it('names an unknown action type once, without schema noise about its contents', () => {
    const diagnostics = validate(
      flow([
        {
          Identifier: 'x',
          Type: 'SetVoice',
          Parameters: { Voice: 'Joanna' },
          Transitions: { Foo: 1 },
        },
      ]),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'unknown-action-type',
        pointer: '/Actions/0/Type',
        actionId: 'x',
        message: expect.stringContaining('"SetVoice"'),
      }),
    ]);
  });

  it('treats action types case-sensitively', () => {
    const [problem] = validate(flow([{ ...disconnect, Type: 'disconnectParticipant' }]));
    expect(problem?.code).toBe('unknown-action-type');
  });

  it('explains mutually exclusive parameters by name', () => {
    const diagnostics = validate(
      flow([
        {
          Identifier: 'hello',
          Type: 'MessageParticipant',
          Parameters: { Text: 'Hi', SSML: '<speak>Hi</speak>' },
          Transitions: { NextAction: 'bye' },
        },
        disconnect,
      ]),
    );
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      'Only one of PromptId, Text, SSML, Media may be set; found Text and SSML.',
    ]);
  });

  it('explains a number out of range, in the string form the console writes', () => {
    const problem = findCode(
      'invalid-parameters',
      validate(
        flow([
          {
            Identifier: 'menu',
            Type: 'GetParticipantInput',
            Parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '300' },
            Transitions: { NextAction: 'bye' },
          },
        ]),
      ),
    );
    expect(problem?.message).toBe(
      'InputTimeLimitSeconds is "300"; expected a whole number in 1..179.',
    );
  });

  it('requires Transitions to be empty on terminal actions', () => {
    const problem = findCode(
      'transition-on-terminal-action',
      validate(flow([{ ...disconnect, Transitions: { NextAction: 'x' } }])),
    );
    expect(problem).toMatchObject({
      pointer: '/Actions/0/Transitions',
    });
  });

  it('rejects an error type the action does not have', () => {
    const problem = findCode(
      'unsupported-error-type',
      validate(
        flow([
          {
            Identifier: 'hello',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Hi' },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ ErrorType: 'QueueAtCapacity', NextAction: 'bye' }],
            },
          },
        ]),
      ),
    );
    expect(problem?.message).toContain('"QueueAtCapacity"');
  });

  it('checks the document frame', () => {
    const messages = validate({ Version: '2020-01-01', Actions: [] }).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Version is "2020-01-01"; expected "2019-10-30".',
        'Missing required property "StartAction".',
      ]),
    );
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'flow'],
    ['an array', []],
    ['Actions that is not a list', { Version: '2019-10-30', StartAction: 'a', Actions: 'x' }],
    ['actions that are not objects', flow([null, 1, 'x', []])],
    ['a prototype-polluting type', flow([{ Identifier: 'a', Type: '__proto__', Transitions: {} }])],
    ['a constructor type', flow([{ Identifier: 'a', Type: 'constructor', Transitions: {} }])],
    ['a reserved identifier', flow([{ ...disconnect, Identifier: 'constructor' }])],
    [
      'a deeply nested value',
      flow([{ ...disconnect, Parameters: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) }]),
    ],
  ])('never throws on %s', (_name, input) => {
    const diagnostics = validate(input);
    expect(Array.isArray(diagnostics)).toBe(true);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code !== 'internal-error')).toBe(true);
  });
});
