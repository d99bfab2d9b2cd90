import { describe, expect, test } from 'vitest';
import {
  environmentFromResources,
  kindsToList,
  matchesGlob,
  mergeEnvironments,
  resolveReferences,
  type PublishUnit,
} from '../src/index.js';

const units: PublishUnit[] = [
  {
    name: 'Main',
    flowType: 'CONTACT_FLOW',
    file: 'main.json',
    content: '["{{queue:Sales}}","{{prompt:Hi}}","{{flow:Other}}","{{flowModule:Pay}}"]',
  },
  { name: 'Other', flowType: 'CONTACT_FLOW', file: 'other.json', content: '["{{queue:Sales}}"]' },
  { name: 'Third', flowType: 'CONTACT_FLOW', content: '["{{queue:Support}}","{{prompt:Hi}}"]' },
];

describe('resolving references', () => {
  test('lists only the kinds the environment file leaves open, and none for units of the run', () => {
    expect([...kindsToList(units, { prompts: { Hi: 'arn:p' } })]).toEqual(['queue', 'flowModule']);
  });

  test('the file wins over the instance; what neither has is listed with its users', () => {
    const live = environmentFromResources([
      { kind: 'queue', name: 'Sales', arn: 'arn:live-sales' },
      { kind: 'queue', name: 'Support', arn: 'arn:s1' },
      { kind: 'queue', name: 'Support', arn: 'arn:s2' },
      { kind: 'prompt', name: 'Hi', arn: 'arn:live-hi' },
    ]);
    expect(live.ambiguous.map((r) => r.toString())).toEqual(['queue:Support']);
    const { environment, unresolved } = resolveReferences(
      units,
      { prompts: { Hi: 'arn:file-hi' } },
      live,
    );
    expect(environment).toEqual({
      queues: { Sales: 'arn:live-sales' },
      prompts: { Hi: 'arn:file-hi' },
    });
    expect(unresolved).toEqual([
      { kind: 'queue', name: 'Support', usedBy: ['flow "Third"'], reason: 'ambiguous' },
      { kind: 'flowModule', name: 'Pay', usedBy: ['main.json'], reason: 'missing' },
    ]);
  });

  test('merging keeps names in order, the later environment winning', () => {
    expect(
      JSON.stringify(
        mergeEnvironments(
          { queues: { b: '1', a: '2' } },
          { queues: { a: '3' }, prompts: { p: '4' } },
        ),
      ),
    ).toBe('{"queues":{"a":"3","b":"1"},"prompts":{"p":"4"}}');
  });
});

describe('matchesGlob', () => {
  test.each([
    ['Sales - Main', 'Sales*', true],
    ['Sales', 'Sales*', true],
    ['Pre Sales', 'Sales*', false],
    ['a/b', 'a?b', true],
    ['Main (v2)', 'Main (v?)', true],
    ['main', 'Main', false],
  ])('%s against %s', (name, glob, expected) => {
    expect(matchesGlob(name, glob)).toBe(expected);
  });
});
