import { describe, expect, test } from 'vitest';
import {
  checkHoursOfOperation,
  disconnect,
  getCustomerInput,
  transferToQueue,
  flow,
  flowModule,
  isFlowNode,
  isMissingAction,
  missingAction,
  playPrompt,
  raw,
  returnFromModule,
} from '@contactflow/dsl';

// What imported documents need and flows written from scratch do not: conditions as the document
// writes them, branches to identifiers no block has, and blocks no branch leads to.

describe('raw().whenVerbatim', () => {
  test('connects a condition object as given, labelled with its JSON', () => {
    const bye = disconnect();
    const condition = { Operator: 'Equals', Operands: ['$.CustomerInput', '1'] };
    const node = raw({ type: 'GetParticipantInput' }).whenVerbatim(condition, bye).when('2', bye);
    expect(node.connections.map((c) => [c.branch, c.transition])).toEqual([
      ['{"Operator":"Equals","Operands":["$.CustomerInput","1"]}', { kind: 'verbatim', condition }],
      ['Equals 2', { kind: 'condition', condition: { operator: 'Equals', operand: '2' } }],
    ]);
    const written = node.connections[0]!.transition;
    expect(written.kind === 'verbatim' && written.condition).toBe(condition);
    expect(node.problems).toEqual([]);
  });

  test('takes the same condition twice, keys in any order, as one branch connected twice', () => {
    const bye = disconnect();
    const other = disconnect();
    const node = raw({ type: 'Compare' })
      .whenVerbatim({ Operand: 'a', Note: 'x' }, bye)
      .whenVerbatim({ Operand: 'b' }, bye)
      .whenVerbatim({ Note: 'x', Operand: 'a' }, other);
    expect(node.connections.map((c) => c.target)).toEqual([bye, other]);
    expect(node.problems.map((p) => p.code)).toEqual(['branch-connected-twice']);
  });
});

describe('missingAction', () => {
  test('is a branch target that keeps its identifier', () => {
    const gone = missingAction('deleted-block');
    expect(isFlowNode(gone)).toBe(true);
    expect(isMissingAction(gone)).toBe(true);
    expect(isMissingAction(disconnect())).toBe(false);
    expect(isMissingAction({})).toBe(false);
    expect(gone.identifier).toBe('deleted-block');
    expect(missingAction('').identifier).toBe('');
  });

  test('connects like any block, with no problem on the node that points to it', () => {
    const hours = checkHoursOfOperation({})
      .whenInHours(missingAction(''))
      .whenOutOfHours(disconnect())
      .onError(missingAction('gone'));
    expect(hours.problems).toEqual([]);
    expect(hours.connections.map((c) => c.target.identifier)).toEqual(['', undefined, 'gone']);
  });
});

describe('detached blocks', () => {
  test('a flow keeps the blocks it lists, and none by default', () => {
    const bye = disconnect();
    const orphan = playPrompt({ text: 'Closed.' }).then(bye).onError(bye);
    const start = playPrompt({ text: 'Hello.' }).then(bye).onError(bye);
    expect(flow('Kept', { start, detached: [orphan] }).detached).toEqual([orphan]);
    expect(flow('Plain', { start }).detached).toEqual([]);
  });

  test('a module keeps them too', () => {
    const done = returnFromModule();
    const spare = returnFromModule();
    expect(flowModule('Spare', { start: done, detached: [spare] }).detached).toEqual([spare]);
    expect(flowModule('Plain', { start: done }).detached).toEqual([]);
  });
});

describe('.nextAction', () => {
  test('connects NextAction on a block that shows no Success branch', () => {
    const bye = disconnect();
    const retry = playPrompt({ text: 'Sorry.' });
    const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 })
      .when('1', bye)
      .onError(bye)
      .nextAction(retry);
    expect(menu.connections.map((c) => [c.branch, c.transition, c.target])).toContainEqual([
      'NextAction',
      { kind: 'next' },
      retry,
    ]);
    expect(menu.problems).toEqual([]);
  });

  test('is refused in a mode that connects NextAction with its Success branch', () => {
    const bye = disconnect();
    const callback = transferToQueue({
      callback: { initialDelaySeconds: 5, maxAttempts: 2, retryDelaySeconds: 600 },
    }).nextAction(bye);
    expect(callback.connections).toEqual([]);
    expect(callback.problems).toEqual([
      expect.objectContaining({
        code: 'branch-not-in-mode',
        message: 'Transfer to queue in callback mode connects NextAction with its Success branch.',
      }),
    ]);
  });

  test('is offered only by blocks with a mode that lacks a Success branch', () => {
    const bye = disconnect();
    // @ts-expect-error Play prompt connects NextAction with then()
    expect(() => playPrompt({ text: 'Hi.' }).nextAction(bye)).toThrow(TypeError);
    // @ts-expect-error Disconnect has no branches
    expect(() => bye.nextAction(bye)).toThrow(TypeError);
  });
});
