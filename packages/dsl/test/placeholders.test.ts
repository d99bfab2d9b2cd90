import { describe, expect, it } from 'vitest';
import {
  containsPlaceholder,
  customPlaceholderSyntax,
  defaultPlaceholderSyntaxes,
  findPlaceholders,
  placeholderPresets,
  wholePlaceholder,
} from '../src/index.js';

const names = (value: string) =>
  findPlaceholders(value, defaultPlaceholderSyntaxes).map((p) => `${p.syntax}:${p.name}`);

describe('placeholder syntaxes', () => {
  it('finds each built-in syntax as the corpus writes it', () => {
    expect(names('${support_queue_arn}')).toEqual(['terraform:support_queue_arn']);
    expect(names('${Q:Support:Q}')).toEqual(['terraform:Q:Support:Q']);
    expect(names('%CustomerQueuePromptArn%')).toEqual(['percent:CustomerQueuePromptArn']);
    expect(names('{{prompts.hold.arn}}')).toEqual(['handlebars:prompts.hold.arn']);
    expect(names('{{ message }}')).toEqual(['handlebars:message']);
    expect(
      names('arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/queue/${Q:sales:Q}'),
    ).toEqual([
      'terraform:REGION',
      'terraform:ACCT_ID',
      'terraform:INSTANCE_ID',
      'terraform:Q:sales:Q',
    ]);
  });

  it('leaves alone what only looks like one', () => {
    expect(names('$.Attributes.x')).toEqual([]);
    expect(names('$${literal}')).toEqual([]);
    expect(names('Save 20% or 30% today')).toEqual([]);
    expect(names('{{}}')).toEqual([]);
    expect(names('${}')).toEqual([]);
  });

  it('tells a whole placeholder from one inside text', () => {
    expect(wholePlaceholder('%QueueArn%', defaultPlaceholderSyntaxes)?.name).toBe('QueueArn');
    expect(wholePlaceholder('+1{{phoneNumber}}', defaultPlaceholderSyntaxes)).toBeUndefined();
    expect(wholePlaceholder('${a}${b}', defaultPlaceholderSyntaxes)).toBeUndefined();
    expect(containsPlaceholder('+1{{phoneNumber}}', defaultPlaceholderSyntaxes)).toBe(true);
    expect(containsPlaceholder('+1{{phoneNumber}}', [placeholderPresets.percent])).toBe(false);
    expect(containsPlaceholder('${a}', [])).toBe(false);
  });

  it('writes what it reads', () => {
    for (const syntax of defaultPlaceholderSyntaxes) {
      for (const name of ['support_queue_arn', 'prompts.hold.arn', 'Q-1']) {
        const written = syntax.write(name);
        expect(wholePlaceholder(written, [syntax])?.name).toBe(name);
      }
    }
  });

  it('checks a custom syntax', () => {
    const at = customPlaceholderSyntax({
      name: 'at',
      pattern: '@@([A-Za-z_0-9]+)@@',
      write: '@@{name}@@',
    });
    expect(findPlaceholders('x @@Queue@@ y', [at]).map((p) => p.name)).toEqual(['Queue']);
    expect(() =>
      customPlaceholderSyntax({ name: 'a', pattern: '@@[A-Z]+@@', write: '@@{name}@@' }),
    ).toThrow(/exactly one capture group/);
    expect(() =>
      customPlaceholderSyntax({ name: 'a', pattern: '@@(', write: '@@{name}@@' }),
    ).toThrow(/not a regular expression/);
    expect(() =>
      customPlaceholderSyntax({ name: 'a', pattern: '@@(\\w+)@@', write: '@@name@@' }),
    ).toThrow(/must contain \{name\}/);
    expect(() =>
      customPlaceholderSyntax({ name: 'a', pattern: '@@(\\w+)@@', write: '<{name}>' }),
    ).toThrow(/does not read back/);
  });

  it('lets the first syntax in the list win where two match at one place', () => {
    const loose = customPlaceholderSyntax({
      name: 'loose',
      pattern: '\\$\\{(.+?)\\}',
      write: '${{name}}',
    });
    expect(findPlaceholders('${x}', [loose, placeholderPresets.terraform])[0]?.syntax).toBe(
      'loose',
    );
  });
});
