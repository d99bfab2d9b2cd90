import { describe, expect, test } from 'vitest';
import { readFlowShape } from '../src/graph/flow-shape.js';
import { actionReferences, referencesIn, referencesInText } from '../src/values/data-references.js';

const short = (found: readonly { namespace: string; name: string | undefined }[]) =>
  found.map((r) => `${r.namespace}:${r.name ?? ''}`);

describe('referencesInText', () => {
  test('finds every reference embedded in text', () => {
    expect(
      short(referencesInText('Hello $.External.firstName, your tier is $.Attributes.tier.', '')),
    ).toEqual(['External:firstName', 'Attributes:tier']);
  });

  test('reads the bracket forms', () => {
    expect(
      short(referencesInText(`$.Attributes['account tier'] $.Attributes.["old form"] $['x']`, '')),
    ).toEqual(['Attributes:account tier', 'Attributes:old form']);
  });

  test('keeps only the first name under the namespace', () => {
    expect(short(referencesInText('$.External.customer.address.city', ''))).toEqual([
      'External:customer',
    ]);
  });

  test('keeps hyphens inside a name but not at its end', () => {
    expect(short(referencesInText('$.Attributes.HostedWidget-accountId - done', ''))).toEqual([
      'Attributes:HostedWidget-accountId',
    ]);
  });

  test('gives a namespace alone no name', () => {
    expect(short(referencesInText('$.Channel and $.StoredCustomerInput', ''))).toEqual([
      'Channel:',
      'StoredCustomerInput:',
    ]);
  });

  test('finds nothing in plain text', () => {
    expect(referencesInText('Costs $5. Press $ to continue.', '')).toEqual([]);
  });
});

describe('referencesIn', () => {
  test('walks nested values in document order, with pointers', () => {
    const found = referencesIn(
      {
        Text: '$.External.a',
        Attributes: { x: '$.Attributes.b', '$.External.key': 'value' },
        List: [1, '$.Lex.IntentName', { deep: '$.External.c' }],
      },
      '/Actions/0/Parameters',
    );
    expect(found.map((r) => [r.text, r.pointer])).toEqual([
      ['$.External.a', '/Actions/0/Parameters/Text'],
      ['$.Attributes.b', '/Actions/0/Parameters/Attributes/x'],
      ['$.External.key', '/Actions/0/Parameters/Attributes/$.External.key'],
      ['$.Lex.IntentName', '/Actions/0/Parameters/List/1'],
      ['$.External.c', '/Actions/0/Parameters/List/2/deep'],
    ]);
  });

  test('escapes pointer segments', () => {
    expect(referencesIn({ 'a/b': '$.External.x' }, '')[0]!.pointer).toBe('/a~1b');
  });

  test('accepts any value', () => {
    for (const value of [undefined, null, 3, true, [], {}, [[[]]]]) {
      expect(referencesIn(value, '')).toEqual([]);
    }
  });

  test('does not recurse on deep nesting', () => {
    let value: unknown = '$.External.bottom';
    for (let i = 0; i < 20_000; i++) value = { v: value };
    expect(short(referencesIn(value, ''))).toEqual(['External:bottom']);
  });
});

describe('actionReferences', () => {
  const shape = readFlowShape({
    StartAction: 'check',
    Actions: [
      {
        Identifier: 'check',
        Type: 'Compare',
        Parameters: { ComparisonValue: '$.Attributes.tier' },
        Transitions: {
          Conditions: [
            { NextAction: 'x', Condition: { Operator: 'Equals', Operands: ['$.External.limit'] } },
          ],
        },
      },
      { Identifier: 'broken', Parameters: 'not an object', Transitions: 7 },
    ],
  });

  test('reads parameters, then condition operands', () => {
    expect(actionReferences(shape.actions[0]!).map((r) => [r.text, r.pointer])).toEqual([
      ['$.Attributes.tier', '/Actions/0/Parameters/ComparisonValue'],
      ['$.External.limit', '/Actions/0/Transitions/Conditions/0/Condition/Operands'],
    ]);
  });

  test('reads a malformed action as having none, and caches per action', () => {
    expect(actionReferences(shape.actions[1]!)).toEqual([]);
    expect(actionReferences(shape.actions[0]!)).toBe(actionReferences(shape.actions[0]!));
  });
});
