import { expect, it } from 'vitest';
import { checkCodes, rules, validateText } from '../src/index.js';

it('lists every code the validator reports besides its rules', () => {
  const inputs = [
    JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        {
          Identifier: 'a',
          Type: 'DisconnectParticipant',
          Parameters: { X: 1 },
          Transitions: { NextAction: 'a' },
        },
      ],
    }),
    JSON.stringify({ Version: 'x', StartAction: 1, Actions: [{ Identifier: 'a', Type: 'Nope' }] }),
    JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [] }),
  ];
  const expected = new Set<string>([
    ...rules.map((rule) => rule.meta.id),
    ...checkCodes,
    'parse-error',
    'internal-error',
  ]);
  const seen = new Set(inputs.flatMap((text) => validateText(text).map((d) => d.code)));
  expect([...seen].filter((code) => !expected.has(code))).toEqual([]);
  for (const code of [
    'invalid-document',
    'invalid-parameters',
    'transition-on-terminal-action',
    'unknown-action-type',
    'flow-type-unknown',
  ]) {
    expect(seen).toContain(code);
  }
});

it('does not repeat a rule id', () => {
  const ids = rules.map((rule) => rule.meta.id);
  expect(checkCodes.filter((code) => ids.includes(code))).toEqual([]);
});
