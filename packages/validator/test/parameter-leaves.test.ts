import { describe, expect, test } from 'vitest';
import { readFlowShape } from '../src/graph/flow-shape.js';
import { parameterLeaves, schemaRejects, valueClassOf } from '../src/values/parameter-leaves.js';

const actionOf = (type: string, parameters: unknown) =>
  readFlowShape({ Actions: [{ Identifier: 'a', Type: type, Parameters: parameters }] }).actions[0]!;

const summary = (type: string, parameters: unknown) =>
  parameterLeaves(actionOf(type, parameters)).map((leaf) => ({
    pointer: leaf.pointer,
    class: valueClassOf(leaf),
    rejected: schemaRejects(leaf),
  }));

describe('parameterLeaves', () => {
  test('follows properties, maps and lists to the schema of each string', () => {
    expect(
      summary('UpdateContactAttributes', {
        Attributes: { a: 'x $.Attributes.b' },
        TargetContact: 'Nope',
      }),
    ).toEqual([
      { pointer: '/Actions/0/Parameters/Attributes/a', class: 'text', rejected: false },
      { pointer: '/Actions/0/Parameters/TargetContact', class: 'static', rejected: true },
    ]);
    expect(summary('MessageParticipantIteratively', { Messages: [{ PromptId: 'p' }] })).toEqual([
      { pointer: '/Actions/0/Parameters/Messages/0/PromptId', class: 'jsonpath', rejected: false },
    ]);
  });

  test('unfolds alternatives and keeps those of the right type', () => {
    expect(
      summary('GetCustomerProfile', {
        ProfileRequestData: {
          IdentifierName: '_phone',
          IdentifierValue: '$.CustomerEndpoint.Address',
        },
      }).map((leaf) => leaf.class),
    ).toEqual(['jsonpath', 'jsonpath']);
    expect(
      summary('InvokeLambdaFunction', { LambdaInvocationAttributes: { n: 'text', m: 3 } }),
    ).toEqual([
      {
        pointer: '/Actions/0/Parameters/LambdaInvocationAttributes/n',
        class: 'text',
        rejected: false,
      },
    ]);
  });

  test('gives strings the catalog does not describe no schema, and unknown types nothing', () => {
    expect(summary('ShowView', { ViewData: { Heading: 'Hi' } })).toEqual([
      { pointer: '/Actions/0/Parameters/ViewData/Heading', class: undefined, rejected: false },
    ]);
    expect(summary('NoSuchType', { Text: 'x' })).toEqual([]);
    expect(summary('MessageParticipant', 'x')).toEqual([]);
  });

  test('reads deeply nested input without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    expect(summary('ShowView', { ViewData: deep })).toHaveLength(1);
  });
});
