// Golden: `UPDATE_GOLDENS=1 npx vitest run packages/compiler/test/compile-fidelity.test.ts` rewrites
// packages/compiler/test/golden/compile-fidelity.json; review the difference before committing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  disconnect,
  endFlow,
  flow,
  flowModule,
  missingAction,
  playPrompt,
  raw,
  returnFromModule,
  type FlowDefinition,
} from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import { compile } from '../src/index.js';

const here = new URL(import.meta.url).pathname;
const golden = resolve(import.meta.dirname, 'golden/compile-fidelity.json');

// A flow as an edited export may be: a condition no `.when` writes, a branch to a deleted block,
// and blocks no branch leads to.
function editedFlow(): FlowDefinition {
  const bye = disconnect().named('bye');
  const menu = raw({ type: 'GetParticipantInput', parameters: { Text: 'Press 1 or 2.' } })
    .named('menu')
    .then(bye)
    .when('2', bye)
    .whenVerbatim({ Operator: 'Equals', Operands: ['$.CustomerInput', '1'] }, bye)
    .onError('NoMatchingCondition', missingAction('deleted'))
    .onError('NoMatchingError', bye);
  const closedEnd = endFlow().named('closed end');
  const closed = playPrompt({ text: 'We are closed.' })
    .named('closed')
    .then(closedEnd)
    .onError(closedEnd);
  const spare = endFlow().named('spare');
  return flow('Edited', { start: menu, detached: [closed, spare, bye] });
}

describe('compiling what a document says and a builder flow would not', () => {
  test('writes verbatim conditions, missing targets and detached blocks as the golden', () => {
    const { json } = compile(editedFlow());
    if (process.env['UPDATE_GOLDENS'] === '1') writeFileSync(golden, json);
    expect(json).toBe(readFileSync(golden, 'utf8'));
    expect(compile(editedFlow()).json).toBe(json);
  });

  test('writes a verbatim condition as given, in the order conditions were added', () => {
    const menu = compile(editedFlow()).document.Actions.find((a) => a.Identifier === 'menu')!;
    expect(menu.Transitions.Conditions).toEqual([
      { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['2'] } },
      { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['$.CustomerInput', '1'] } },
    ]);
  });

  test('writes the identifier of a missing action as the target, and no action for it', () => {
    const { document, diagnostics } = compile(editedFlow());
    expect(document.Actions.map((a) => a.Identifier)).toEqual([
      'bye',
      'closed',
      'closed end',
      'menu',
      'spare',
    ]);
    expect(Object.keys(document.Metadata.ActionMetadata)).not.toContain('deleted');
    const menu = document.Actions.find((a) => a.Identifier === 'menu')!;
    expect(menu.Transitions.Errors).toContainEqual({
      NextAction: 'deleted',
      ErrorType: 'NoMatchingCondition',
    });
    expect(diagnostics).toEqual([
      {
        code: 'dangling-transition',
        severity: 'warning',
        message:
          'The NoMatchingCondition branch points to "deleted", which is not a block of the flow.',
        hint: 'Connect the branch to a block of the flow.',
        actionId: 'menu',
        location: expect.objectContaining({ file: here }),
      },
    ]);
  });

  test('does not derive an identifier for a missing action, nor check it', () => {
    const hello = playPrompt({ text: 'Hello.' }).then(missingAction('')).onError(missingAction(''));
    const { document, diagnostics } = compile(flow('Empty target', { start: hello }));
    expect(document.Actions).toHaveLength(1);
    expect(document.Actions[0]!.Transitions).toEqual({
      NextAction: '',
      Errors: [{ NextAction: '', ErrorType: 'NoMatchingError' }],
      Conditions: [],
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['dangling-transition', 'dangling-transition']);
  });

  test('refuses to start at a missing action', () => {
    const { document, diagnostics } = compile(flow('Nowhere', { start: missingAction('gone') }));
    expect(document.StartAction).toBe('gone');
    expect(document.Actions).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'dangling-start-action',
        severity: 'error',
        message: 'The flow starts at "gone", which is not a block of the flow.',
      }),
    ]);
  });

  test('keeps detached blocks and what they lead to, once each, without a diagnostic', () => {
    const bye = disconnect();
    const after = playPrompt({ text: 'After.' }).then(bye).onError(bye);
    const orphan = playPrompt({ text: 'Orphan.' }).then(after).onError(bye);
    const start = playPrompt({ text: 'Start.' }).then(bye).onError(bye);
    const kept = compile(flow('Kept', { start, detached: [orphan, bye, orphan] }));
    expect(kept.diagnostics).toEqual([]);
    expect(kept.document.Actions).toHaveLength(4);
    expect(kept.document.StartAction).toBe(compile(flow('Plain', { start })).document.StartAction);
    // Listing a block no branch leads to changes no identifier of the others.
    const plain = compile(flow('Plain', { start })).document.Actions.map((a) => a.Identifier);
    for (const id of plain) expect(kept.document.Actions.map((a) => a.Identifier)).toContain(id);
  });

  test('keeps a module’s detached blocks', () => {
    const done = returnFromModule();
    const spare = returnFromModule().named('spare');
    const { document } = compile(flowModule('Spare', { start: done, detached: [spare] }));
    expect(document.Actions.map((a) => a.Identifier)).toContain('spare');
    expect(document.Actions).toHaveLength(2);
  });
});
