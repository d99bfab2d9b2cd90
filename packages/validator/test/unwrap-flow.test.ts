import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/index.js';
import { unwrapFlow, validateText as validateTextAll } from '../src/index.js';

// Modules and bare Content carry no flow type; the note that flow-type rules were skipped is not
// what these tests are about.
const validateText = (...args: Parameters<typeof validateTextAll>) =>
  validateTextAll(...args).filter((d) => d.code !== 'flow-type-unknown');

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');

const disconnect = {
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: {},
};
const valid = { Version: '2019-10-30', StartAction: 'bye', Actions: [disconnect] };
const withDefect = {
  ...valid,
  Actions: [{ ...disconnect, Parameters: { Reason: 'x' } }],
};
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The text at a diagnostic's line and column. */
function textAt(text: string, diagnostic: Diagnostic | undefined): string {
  const line = text.split('\n')[(diagnostic?.line ?? 0) - 1] ?? '';
  return line.slice((diagnostic?.column ?? 0) - 1);
}

describe('unwrapFlow', () => {
  it.each([
    [
      'DescribeContactFlow output',
      { ContactFlow: { Name: 'x', Type: 'CUSTOMER_QUEUE', Content: JSON.stringify(valid) } },
      'ContactFlow',
      'CUSTOMER_QUEUE',
    ],
    [
      'DescribeContactFlowModule output',
      { ContactFlowModule: { Name: 'x', Content: JSON.stringify(valid) } },
      'ContactFlowModule',
      'FLOW_MODULE',
    ],
    ['a bare Content', { Content: JSON.stringify(valid) }, 'Content', undefined],
    [
      'a bare Content with a Type',
      { Type: 'AGENT_WHISPER', Content: JSON.stringify(valid) },
      'Content',
      'AGENT_WHISPER',
    ],
    [
      'a Type that is not a flow type',
      { ContactFlow: { Type: 'SOMETHING_ELSE', Content: JSON.stringify(valid) } },
      'ContactFlow',
      undefined,
    ],
    ['a Content that is an object', { ContactFlow: { Content: valid } }, 'ContactFlow', undefined],
  ])('unwraps %s', (_name, outer, wrapper, flowType) => {
    const unwrapped = unwrapFlow(json(outer));
    expect(unwrapped).toMatchObject({ wrapper, flowType, value: valid, diagnostics: [] });
  });

  it.each([
    ['a plain flow document', json(valid)],
    ['a flow document with a stray Content', json({ ...valid, Content: '{}' })],
    ['invalid JSON', '{"ContactFlow": '],
    ['an array', '[{"Content": "{}"}]'],
    ['a ContactFlow that is not an object', '{"ContactFlow": "x"}'],
    ['null', 'null'],
  ])('leaves %s alone', (_name, text) => {
    expect(unwrapFlow(text)).toBeUndefined();
  });
});

describe('validateText on a wrapped flow', () => {
  it.each([
    [
      'ContactFlow',
      (content: string) => ({ ContactFlow: { Type: 'CONTACT_FLOW', Content: content } }),
    ],
    ['ContactFlowModule', (content: string) => ({ ContactFlowModule: { Content: content } })],
    ['Content', (content: string) => ({ Content: content })],
  ])('validates the document inside %s', (_name, wrap) => {
    expect(validateText(json(wrap(JSON.stringify(valid))))).toEqual([]);
    const text = json(wrap(JSON.stringify(withDefect)));
    const [problem, ...rest] = validateText(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      code: 'invalid-parameters',
      pointer: '/Actions/0/Parameters/Reason',
      actionId: 'bye',
    });
    expect(textAt(text, problem)).toMatch(/^\\"Reason\\":/);
  });

  it.each([
    [
      'a compact document',
      'describe-contact-flow.json',
      { code: 'invalid-parameters', pointer: '/Actions/1/Parameters/Reason' },
      /^\\"Reason\\":\\"done\\"/,
    ],
    [
      'an indented module with escapes in its strings',
      'describe-contact-flow-module.json',
      { code: 'invalid-document', pointer: '/Actions/1/Extra' },
      /^\\"Extra\\": 1/,
    ],
    [
      'a Content that is not valid JSON',
      'describe-contact-flow-bad-content.json',
      {
        code: 'parse-error',
        pointer: '',
        message: 'Invalid JSON in ContactFlow.Content: value expected.',
      },
      /^,\]\}"/,
    ],
  ])('places problems inside the Content string of %s', (_name, file, expected, at) => {
    const text = fixture(file);
    const [problem] = validateText(text, { fileName: file });
    expect(problem).toMatchObject(expected);
    expect(problem?.line).toBeGreaterThan(1);
    expect(textAt(text, problem)).toMatch(at);
  });

  it('maps a line of a multi-line Content onto the one line of the string', () => {
    const text = fixture('describe-contact-flow-module.json');
    const contentLine = text.split('\n').findIndex((line) => line.includes('"Content":')) + 1;
    expect(validateText(text)[0]?.line).toBe(contentLine);
  });

  it('locates a Content that is an object exactly', () => {
    const text = json({ ContactFlow: { Type: 'CONTACT_FLOW', Content: withDefect } });
    const [problem] = validateText(text);
    expect(problem?.pointer).toBe('/Actions/0/Parameters/Reason');
    expect(textAt(text, problem)).toMatch(/^"Reason": "x"/);
  });

  it.each([
    [
      'no Content',
      { ContactFlow: { Name: 'x', Type: 'CONTACT_FLOW' } },
      {
        code: 'invalid-document',
        pointer: '',
        message: "ContactFlow has no Content; expected the flow's Flow-language JSON as a string.",
      },
      /^"ContactFlow":/,
    ],
    [
      'an empty Content',
      { ContactFlow: { Content: ' ' } },
      {
        code: 'parse-error',
        message:
          "ContactFlow.Content is empty; expected the flow's Flow-language JSON as a string.",
      },
      /^"Content":/,
    ],
    [
      'an empty bare Content',
      { Content: '' },
      { code: 'parse-error', message: expect.stringContaining('Content is empty') },
      /^"Content":/,
    ],
    [
      'a Content cut short',
      { ContactFlow: { Content: '{"Version": "2019-10-30", "Actions": [' } },
      {
        code: 'parse-error',
        message: expect.stringContaining('Invalid JSON in ContactFlow.Content'),
      },
      /^"$/,
    ],
    [
      'a Content that is a number',
      { Content: 42 },
      { code: 'invalid-document', pointer: '', message: expect.stringContaining('42') },
      /^"Content":/,
    ],
  ])('reports %s at the wrapper', (_name, outer, expected, at) => {
    const text = json(outer);
    const diagnostics = validateText(text);
    expect(diagnostics[0]).toMatchObject(expected);
    expect(textAt(text, diagnostics[0])).toMatch(at);
  });

  it.each([
    [
      'a wrapper with a Content of the wrong kind',
      '{"ContactFlow": {"Content": [1, {"a": null}]}}',
    ],
    ['a Content with escapes that do not decode', '{"Content": "{\\"V\\": \\"\\ud800\\"}"}'],
    ['a deeply nested Content', JSON.stringify({ Content: '['.repeat(5000) + ']'.repeat(5000) })],
    [
      'a Content holding another wrapper',
      JSON.stringify({ Content: JSON.stringify({ Content: '{}' }) }),
    ],
  ])('never throws on %s', (_name, text) => {
    const diagnostics = validateText(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.code !== 'internal-error')).toBe(true);
    expect(diagnostics.every((d) => d.line !== undefined && d.column !== undefined)).toBe(true);
  });
});
