import { describe, expect, test } from 'vitest';
import { PublishInputError, unitFromDocument } from '../src/index.js';

const actions = [
  { Identifier: 'done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
];

describe('unitFromDocument', () => {
  test('reads name, type and description from Metadata', () => {
    const text = JSON.stringify({
      Version: '2019-10-30',
      StartAction: 'bye',
      Metadata: { name: 'Queue music', type: 'customerQueue', description: 'Loops music.' },
      Actions: [{ Identifier: 'bye', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
    });
    expect(unitFromDocument(text, { file: 'q.json' })).toMatchObject({
      name: 'Queue music',
      flowType: 'CUSTOMER_QUEUE',
      description: 'Loops music.',
      file: 'q.json',
      content: text,
    });
  });

  test('takes a module for one with settings or a Return action, and options over the document', () => {
    const module = JSON.stringify({
      StartAction: 'done',
      Metadata: { name: 'M' },
      Actions: actions,
    });
    expect(unitFromDocument(module).flowType).toBe('FLOW_MODULE');
    const plain = JSON.stringify({ StartAction: 'x', Metadata: { name: 'M' }, Actions: [] });
    expect(unitFromDocument(plain).flowType).toBe('CONTACT_FLOW');
    expect(unitFromDocument(plain, { settings: '{}' }).flowType).toBe('FLOW_MODULE');
    expect(unitFromDocument(plain, { name: 'Other', flowType: 'AGENT_WHISPER' })).toMatchObject({
      name: 'Other',
      flowType: 'AGENT_WHISPER',
    });
  });

  test('unwraps DescribeContactFlowModule output, settings included', () => {
    const content = JSON.stringify({ StartAction: 'done', Actions: actions });
    const unit = unitFromDocument(
      JSON.stringify({
        ContactFlowModule: { Name: 'Payments', Content: content, Settings: '{"a":1}' },
      }),
    );
    expect(unit).toMatchObject({
      name: 'Payments',
      flowType: 'FLOW_MODULE',
      content,
      settings: '{"a":1}',
    });
    expect(unit.locate).toBeUndefined();
  });

  test.each([
    ['{', /^flows\/x\.json: not valid JSON/],
    ['[]', /^flows\/x\.json: not a Flow-language document$/],
    ['{"Version":"2019-10-30"}', /has no "Actions" list/],
    ['{"Actions":[]}', /does not name its flow \(Metadata\.name\)/],
  ])('refuses %s in one line', (text, message) => {
    expect(() => unitFromDocument(text, { file: 'flows/x.json' })).toThrow(PublishInputError);
    expect(() => unitFromDocument(text, { file: 'flows/x.json' })).toThrow(message);
  });
});
