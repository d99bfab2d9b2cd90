import { queue } from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import {
  environmentLookup,
  fillPlaceholders,
  findPlaceholders,
  insertPlaceholders,
  referencesByValue,
} from '../src/index.js';

const content = JSON.stringify({
  Actions: [
    { Parameters: { QueueId: '{{queue:Sales}}' } },
    { Parameters: { LambdaFunctionARN: '{{lambdaFunction:isHoliday}}' } },
    { Parameters: { QueueId: '{{queue:Sales}}', Text: 'Say {{other:thing}}' } },
    { Parameters: { PromptId: '{{prompt:Say "hi"}}' } },
  ],
});

describe('findPlaceholders', () => {
  test('lists each reference once, in order, and ignores unknown kinds', () => {
    expect(findPlaceholders(content).map((r) => r.toString())).toEqual([
      'queue:Sales',
      'lambdaFunction:isHoliday',
      'prompt:Say "hi"',
    ]);
  });

  test('finds none in a document without placeholders', () => {
    expect(findPlaceholders('{"Actions":[]}')).toEqual([]);
  });
});

describe('fillPlaceholders', () => {
  test('writes the values as JSON string content and lists what is left', () => {
    const { text, unresolved } = fillPlaceholders(content, {
      queues: { Sales: 'arn:queue/"sales"' },
      prompts: { 'Say "hi"': 'arn:prompt/hi' },
    });
    const document = JSON.parse(text) as { Actions: { Parameters: Record<string, string> }[] };
    expect(document.Actions[0]!.Parameters['QueueId']).toBe('arn:queue/"sales"');
    expect(document.Actions[2]!.Parameters['QueueId']).toBe('arn:queue/"sales"');
    expect(document.Actions[2]!.Parameters['Text']).toBe('Say {{other:thing}}');
    expect(document.Actions[3]!.Parameters['PromptId']).toBe('arn:prompt/hi');
    expect(unresolved.map((r) => r.toString())).toEqual(['lambdaFunction:isHoliday']);
  });

  test('takes a lookup function as well as an environment', () => {
    const { text } = fillPlaceholders('"{{flow:Main}}"', (r) => `arn:${r.kind}:${r.name}`);
    expect(text).toBe('"arn:flow:Main"');
  });

  test('an environment lookup ignores inherited names', () => {
    expect(environmentLookup({ queues: {} })(queue('toString'))).toBeUndefined();
  });
});

describe('insertPlaceholders', () => {
  test('replaces exact ARNs anywhere in the document, the first name winning', () => {
    const lookup = referencesByValue({
      queues: { Sales: 'arn:q1', 'A second name': 'arn:q1' },
      flows: { Main: 'arn:f1' },
    });
    const { value, references } = insertPlaceholders(
      {
        Actions: [{ Parameters: { QueueId: 'arn:q1', Text: 'arn:q1 inside text' } }],
        Metadata: { ActionMetadata: { x: { queue: { id: 'arn:q1' }, flow: 'arn:f1' } } },
      },
      lookup,
    );
    expect(value).toEqual({
      Actions: [{ Parameters: { QueueId: '{{queue:A second name}}', Text: 'arn:q1 inside text' } }],
      Metadata: {
        ActionMetadata: { x: { queue: { id: '{{queue:A second name}}' }, flow: '{{flow:Main}}' } },
      },
    });
    expect(references.map((r) => r.toString())).toEqual(['queue:A second name', 'flow:Main']);
  });

  test('round-trips with fillPlaceholders', () => {
    const environment = { queues: { Sales: 'arn:q1' }, prompts: { 'Hi "there"': 'arn:p' } };
    const document = { Actions: [{ Parameters: { QueueId: 'arn:q1', PromptId: 'arn:p' } }] };
    const inserted = insertPlaceholders(document, referencesByValue(environment));
    const { text, unresolved } = fillPlaceholders(JSON.stringify(inserted.value), environment);
    expect(unresolved).toEqual([]);
    expect(JSON.parse(text)).toEqual(document);
  });
});
