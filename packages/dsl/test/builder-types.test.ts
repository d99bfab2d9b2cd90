import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  attribute,
  checkHoursOfOperation,
  disconnect,
  getCustomerInput,
  hoursOfOperation,
  invokeLambda,
  lambdaFunction,
  lexBot,
  playPrompt,
  prompt,
  queue,
  text,
  type FlowNode,
} from '@contactflow/dsl';

// The `@ts-expect-error` lines are checked by `tsc -p tsconfig.json` in the test command: each must
// be an error, or the directive itself is. They sit in functions that never run.

describe('builder types', () => {
  test('a node offers exactly the branches of its block', () => {
    const bye = disconnect();
    expectTypeOf(playPrompt({ text: 'Hi' })).toHaveProperty('then');
    expectTypeOf(playPrompt({ text: 'Hi' })).toHaveProperty('onError');
    expectTypeOf(checkHoursOfOperation({})).toHaveProperty('whenInHours');
    expectTypeOf(getCustomerInput({ text: 'Press 1', timeoutSeconds: 5 })).toHaveProperty('when');
    expectTypeOf(bye).not.toHaveProperty('then');

    const misuse = () => {
      // @ts-expect-error Disconnect is terminal: no Success branch.
      bye.then(bye);
      // @ts-expect-error Play prompt has no Timeout branch.
      playPrompt({ text: 'Hi' }).onTimeout(bye);
      // @ts-expect-error Check hours of operation has no Success branch.
      checkHoursOfOperation({}).then(bye);
      // @ts-expect-error Conditions need a value and a block.
      getCustomerInput({ text: 'Press 1', timeoutSeconds: 5 }).when(bye);
    };
    expect(typeof misuse).toBe('function');
  });

  test('options are typed', () => {
    const misuse = () => {
      // @ts-expect-error Timeouts are numbers.
      getCustomerInput({ text: 'Press 1', timeoutSeconds: 'five' });
      // @ts-expect-error A prompt is a prompt reference, not a queue.
      playPrompt({ prompt: queue('Sales') });
      // @ts-expect-error Text and a prompt are exclusive.
      playPrompt({ text: 'Hi', prompt: prompt('Welcome') });
      // @ts-expect-error A keypad menu has no bot; a bot menu has no keypad timeout.
      getCustomerInput({ lexBot: lexBot('Helpdesk'), timeoutSeconds: 5 });
      // @ts-expect-error Hours take an hours-of-operation reference.
      checkHoursOfOperation({ hours: lambdaFunction('x') });
    };
    expect(typeof misuse).toBe('function');
  });

  test('a reference embedded in text is refused where a whole value is expected', () => {
    const misuse = () => {
      invokeLambda({
        fn: lambdaFunction('crm'),
        timeoutSeconds: 3,
        // @ts-expect-error Lambda parameters take a literal or one whole dynamic value.
        parameters: { greeting: text`Hello ${attribute('name')}` },
      });
    };
    expect(typeof misuse).toBe('function');
    // Where text is interpolated, the same template is accepted.
    expectTypeOf(playPrompt({ text: text`Hello ${attribute('name')}` })).toMatchTypeOf<FlowNode>();
  });

  test('loops and back edges are writable', () => {
    const bye = disconnect();
    const menu = getCustomerInput({ text: 'Press 1', timeoutSeconds: 5 });
    menu.when('1', bye).onTimeout(menu).otherwise(menu).onError(bye);
    expect(menu.connections.filter((c) => c.target === menu)).toHaveLength(2);
  });

  test('a branch method connects the branch the catalog names', () => {
    const bye = disconnect();
    const open = playPrompt({ text: 'Open' });
    const hours = checkHoursOfOperation({ hours: hoursOfOperation('Office') })
      .whenInHours(open)
      .whenOutOfHours(bye)
      .onError(bye);
    expect(hours.connections.map((c) => [c.branch, c.transition])).toEqual([
      ['In hours', { kind: 'condition', condition: { operator: 'Equals', operand: 'True' } }],
      ['Out of hours', { kind: 'condition', condition: { operator: 'Equals', operand: 'False' } }],
      ['Error', { kind: 'error', errorType: 'NoMatchingError' }],
    ]);
  });

  test('a block that is not a block is refused with a clear problem', () => {
    const menu = playPrompt({ text: 'Hi' });
    (menu.then as (next: unknown) => unknown)(() => undefined);
    expect(menu.problems[0]?.message).toContain('not a promise');
  });
});
