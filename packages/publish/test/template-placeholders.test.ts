import {
  customPlaceholderSyntax,
  defaultPlaceholderSyntaxes,
  disconnect,
  flow,
  playPrompt,
  prompt,
} from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import {
  PublishInputError,
  unitFromDocument,
  unitFromFlow,
  unrenderedPlaceholders,
} from '../src/index.js';

// Publishing fills the project's own `{{kind:name}}` references and nothing else: a template whose
// deploy-time placeholders were not rendered would reach the instance as placeholder text, so it
// is refused before anything is sent.
function documentText(parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: 'say',
      Metadata: { name: 'Greeting', type: 'contactFlow', ...extra },
      Actions: [
        {
          Identifier: 'say',
          Type: 'MessageParticipant',
          Parameters: parameters,
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    },
    null,
    2,
  );
}

function refusal(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(PublishInputError);
    return (error as Error).message;
  }
  throw new Error('expected the unit to be refused');
}

describe('publishing a flow template that was not rendered', () => {
  test.each([
    ['${hold_prompt_arn}', 'terraform'],
    ['%HoldPromptArn%', 'percent'],
    ['{{prompts.hold.arn}}', 'handlebars'],
  ])('refuses %s (%s) with the file, line, column and pointer', (placeholder) => {
    const text = documentText({ PromptId: placeholder });
    expect(refusal(() => unitFromDocument(text, { file: 'flows/greeting.json' }))).toBe(
      `flows/greeting.json:13:9: unrendered template placeholder ${placeholder} at /Actions/0/Parameters/PromptId; publish a rendered flow, not its template`,
    );
  });

  test('accepts the project references it resolves, as built and pulled files have them', () => {
    const unit = unitFromDocument(documentText({ PromptId: '{{prompt:Hold music}}' }));
    expect(unit.name).toBe('Greeting');
  });

  test('refuses a placeholder inside text, and counts the others', () => {
    const text = documentText(
      { Text: 'Thank you for calling {{company}}, call us on +1{{phone}}.' },
      { description: 'Built for ${environment}' },
    );
    expect(refusal(() => unitFromDocument(text, { file: 'greeting.json' }))).toBe(
      'greeting.json:7:5: unrendered template placeholder ${environment} at /Metadata/description (and 2 more placeholders); publish a rendered flow, not its template',
    );
  });

  test('refuses a placeholder in a key', () => {
    const document = { Actions: [{ Parameters: { Attributes: { '%Key%': 'x' } } }] };
    const found = unrenderedPlaceholders(document, defaultPlaceholderSyntaxes);
    expect(
      found.map(({ syntax, name, text, pointer }) => ({ syntax, name, text, pointer })),
    ).toEqual([
      {
        syntax: 'percent',
        name: 'Key',
        text: '%Key%',
        pointer: '/Actions/0/Parameters/Attributes/%Key%',
      },
    ]);
  });

  test('names the pointer only, for the content of a describe-contact-flow wrapper', () => {
    const wrapped = JSON.stringify({
      ContactFlow: {
        Name: 'Greeting',
        Type: 'CONTACT_FLOW',
        Content: documentText({ PromptId: '${hold_prompt_arn}' }),
      },
    });
    expect(refusal(() => unitFromDocument(wrapped, { file: 'greeting.json' }))).toBe(
      'greeting.json: unrendered template placeholder ${hold_prompt_arn} at /Actions/0/Parameters/PromptId; publish a rendered flow, not its template',
    );
  });

  test('follows the syntaxes given: none, or a custom one', () => {
    const text = documentText({ Text: 'Press 1 for %Sales% or @@Support@@' });
    expect(unitFromDocument(text, { placeholders: [] }).name).toBe('Greeting');
    const at = customPlaceholderSyntax({
      name: 'at',
      pattern: '@@([A-Za-z0-9_]+)@@',
      write: '@@{name}@@',
    });
    expect(refusal(() => unitFromDocument(text, { placeholders: [at] }))).toBe(
      'the document:13:9: unrendered template placeholder @@Support@@ at /Actions/0/Parameters/Text; publish a rendered flow, not its template',
    );
  });

  test('refuses a builder flow whose text holds a placeholder, at the block that wrote it', () => {
    const bye = disconnect();
    const greeting = flow('Greeting', {
      start: playPrompt({ text: 'Welcome to ${company_name}.' }).then(bye).onError(bye),
    });
    const message = refusal(() =>
      unitFromFlow(greeting, { file: 'packages/publish/test/template-placeholders.test.ts' }),
    );
    expect(message).toMatch(
      /^packages\/publish\/test\/template-placeholders\.test\.ts:\d+:\d+: unrendered template placeholder \$\{company_name\} at \/Actions\/\d+\/Parameters\/Text; publish a rendered flow, not its template$/,
    );
  });

  test('accepts a builder flow whose references are left for publish time', () => {
    const bye = disconnect();
    const greeting = flow('Greeting', {
      start: playPrompt({ prompt: prompt('Welcome') })
        .then(bye)
        .onError(bye),
    });
    expect(unitFromFlow(greeting).content).toContain('{{prompt:Welcome}}');
  });
});
