import { describe, expect, test } from 'vitest';
import {
  conditionHolds,
  ContactState,
  formatPath,
  interpolate,
  parsePath,
  readPath,
  resolveValue,
  wholePath,
} from '../src/index.js';

describe('JSONPath', () => {
  test.each([
    ['$.Attributes.tier', ['Attributes', 'tier']],
    ["$.Attributes['account tier']", ['Attributes', 'account tier']],
    ['$.Attributes["it\'s"]', ['Attributes', "it's"]],
    ["$.Attributes.['old form']", ['Attributes', 'old form']],
    ["$['Attributes']['X']", ['Attributes', 'X']],
    ['$.External.orders[0].id', ['External', 'orders', 0, 'id']],
    ['$.Attributes.HostedWidget-name', ['Attributes', 'HostedWidget-name']],
  ])('%s', (path, segments) => {
    expect(wholePath(path)).toEqual(segments);
  });

  test('a path in a sentence ends before the punctuation after it', () => {
    expect(parsePath('Balance: $.External.balance. Bye', 9)).toEqual({
      segments: ['External', 'balance'],
      end: 27,
    });
    expect(parsePath('$.Attributes.x-, then', 0)?.segments).toEqual(['Attributes', 'x']);
  });

  test('text that is not one whole path', () => {
    expect(wholePath('$5.00')).toBeUndefined();
    expect(wholePath('$.Attributes.tier is set')).toBeUndefined();
    expect(wholePath("$.Attributes['open")).toBeUndefined();
  });

  test('reads only own members', () => {
    expect(readPath({}, ['constructor'])).toBeUndefined();
    expect(readPath({ a: ['x', 'y'] }, ['a', 1])).toBe('y');
    expect(formatPath(['Attributes', 'account tier', 0])).toBe("$.Attributes['account tier'][0]");
  });
});

describe('resolving values', () => {
  const state = new ContactState();
  state.write(['Attributes', 'name'], 'Ada');
  state.write(['External', 'count'], 3);
  const read = (segments: readonly (string | number)[]) => state.read(segments);

  test('interpolates text, with nothing for what is not set', () => {
    expect(
      interpolate('Hi $.Attributes.name, $.External.count items, $.Attributes.none.', read),
    ).toBe('Hi Ada, 3 items, .');
    expect(interpolate('Costs $5, or $.', read)).toBe('Costs $5, or $.');
  });

  test('a whole path keeps the value it reads; maps resolve keys and values', () => {
    expect(resolveValue('$.External.count', read)).toBe(3);
    expect(resolveValue('$.Attributes.none', read)).toBeUndefined();
    expect(resolveValue({ $: '$', '$.Attributes.name': ['$.External.count'] }, read)).toEqual({
      $: '$',
      Ada: [3],
    });
  });

  test('names such as __proto__ are members like any other', () => {
    const safe = new ContactState();
    safe.write(['Attributes', '__proto__'], 'x');
    safe.write(['__proto__', 'polluted'], 'y');
    expect(safe.read(['Attributes', '__proto__'])).toBe('x');
    expect(Object.entries(safe.textMap('Attributes'))).toEqual([['__proto__', 'x']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('flow data lives apart from the contact', () => {
    const other = new ContactState();
    other.write(['Attributes', 'a'], '1');
    other.write(['FlowAttributes', 'b'], '2');
    other.local = {};
    expect(other.read(['Attributes', 'a'])).toBe('1');
    expect(other.read(['FlowAttributes', 'b'])).toBeUndefined();
  });
});

describe('conditions', () => {
  test.each([
    ['Equals', 'gold', 'gold', true],
    ['Equals', 'Gold', 'gold', false],
    ['Equals', '', '', true],
    ['TextStartsWith', '+44', '+447700900123', true],
    ['TextEndsWith', 'com', 'ada@example.com', true],
    ['TextContains', 'lat', 'platinum', true],
    ['NumberGreaterThan', '0', 2, true],
    ['NumberGreaterThan', '0', '0', false],
    ['NumberGreaterOrEqualTo', '0', '0', true],
    ['NumberLessThan', '21', '20', true],
    ['NumberLessOrEqualTo', '300', '300.0', true],
    ['NumberLessThan', '10', 'ten', false],
    ['Equals', 'x', undefined, false],
    ['NumberLessThan', '10', undefined, false],
  ] as const)('%s %j on %j: %s', (operator, operand, result, holds) => {
    expect(conditionHolds(operator, operand, result)).toBe(holds);
  });
});
