import { describe, expect, test } from 'vitest';
import type { Rule } from '../../src/rules/rule.js';
import { runRules, type RunRulesOptions } from '../../src/run-rules.js';

/** A document the rule must accept. */
export interface ValidCase {
  readonly name: string;
  readonly document: unknown;
  /** Flow type and channels, for rules that depend on them; placeholder syntaxes. */
  readonly options?: RunRulesOptions;
}

/** A document the rule must reject, with exactly these findings, in order. */
export interface InvalidCase {
  readonly name: string;
  readonly document: unknown;
  readonly findings: readonly { readonly actionId?: string; readonly pointer: string }[];
  readonly options?: RunRulesOptions;
}

/** A table-driven test of one rule, run on its own so that other rules cannot mask it. */
export function testRule(
  rule: Rule,
  cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  describe(rule.meta.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))('accepts %s', (_name, c) => {
      expect(runRules(c.document, [rule], c.options)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
      const found = runRules(c.document, [rule], c.options);
      expect(found.map((d) => d.code)).toEqual(c.findings.map(() => rule.meta.id));
      expect(found.map((d) => ({ actionId: d.actionId, pointer: d.pointer }))).toEqual(
        c.findings.map((f) => ({ actionId: f.actionId, pointer: f.pointer })),
      );
      for (const diagnostic of found) {
        expect(diagnostic.severity).toBe(rule.meta.severity);
        expect(diagnostic.message).toMatch(/\.$/);
      }
    });
  });
}

/** A minimal document around the given actions, starting at the first. */
export function flowOf(actions: readonly unknown[], startAction?: string): unknown {
  return {
    Version: '2019-10-30',
    StartAction: startAction ?? (actions[0] as { Identifier: string }).Identifier,
    Actions: actions,
  };
}

/** Actions to build cases from. */
export const bye = {
  Identifier: 'bye',
  Type: 'DisconnectParticipant',
  Parameters: {},
  Transitions: {},
};

export function prompt(id: string, next: string, onError = next): unknown {
  return {
    Identifier: id,
    Type: 'MessageParticipant',
    Parameters: { Text: id },
    Transitions: {
      NextAction: next,
      Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }],
    },
  };
}
