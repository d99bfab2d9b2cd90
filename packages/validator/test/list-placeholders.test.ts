import { placeholderPresets } from '@contactflow/dsl/placeholders';
import { describe, expect, test } from 'vitest';
import { listPlaceholders, listPlaceholdersInText } from '../src/index.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const flow = {
  Version: '2019-10-30',
  StartAction: 'queue',
  Metadata: { ActionMetadata: { queue: { queue: { id: '${support_queue_arn}' } } } },
  Actions: [
    {
      Identifier: 'queue',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: '${support_queue_arn}' },
      Transitions: { NextAction: 'lambda', Errors: errors },
    },
    {
      Identifier: 'lambda',
      Type: 'InvokeLambdaFunction',
      Parameters: {
        LambdaFunctionARN: '{{lambdaFunctions.lookup.arn}}',
        InvocationTimeLimitSeconds: '%LambdaTimeout%',
      },
      Transitions: { NextAction: 'play', Errors: errors },
    },
    {
      Identifier: 'play',
      Type: 'MessageParticipantIteratively',
      Parameters: {
        Messages: [
          { Text: 'Hello {{ name }}' },
          {
            PromptId:
              'arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/prompt/${P:hold:P}',
          },
        ],
      },
      Transitions: { NextAction: 'attributes', Errors: errors },
    },
    {
      Identifier: 'attributes',
      Type: 'UpdateContactAttributes',
      Parameters: { Attributes: { '${prefix}_tier': 'gold' }, TargetContact: 'Current' },
      Transitions: { NextAction: 'transfer', Errors: errors },
    },
    {
      Identifier: 'transfer',
      Type: 'TransferParticipantToThirdParty',
      Parameters: { ThirdPartyPhoneNumber: '+1{{phoneNumber}}' },
      Transitions: { NextAction: 'bye', Errors: errors },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

describe('listPlaceholders', () => {
  test('lists every use in document order, with the parameter and the kind it stands for', () => {
    const uses = listPlaceholders(flow).map(({ name, syntax, parameter, kind, actionId }) => ({
      name,
      syntax,
      parameter,
      kind,
      actionId,
    }));
    expect(uses).toEqual([
      {
        name: 'support_queue_arn',
        syntax: 'terraform',
        parameter: undefined,
        kind: 'designer metadata',
        actionId: undefined,
      },
      {
        name: 'support_queue_arn',
        syntax: 'terraform',
        parameter: 'QueueId',
        kind: 'queue ARN',
        actionId: 'queue',
      },
      {
        name: 'lambdaFunctions.lookup.arn',
        syntax: 'handlebars',
        parameter: 'LambdaFunctionARN',
        kind: 'Lambda function ARN',
        actionId: 'lambda',
      },
      {
        name: 'LambdaTimeout',
        syntax: 'percent',
        parameter: 'InvocationTimeLimitSeconds',
        kind: 'number',
        actionId: 'lambda',
      },
      {
        name: 'name',
        syntax: 'handlebars',
        parameter: 'Messages[0].Text',
        kind: 'text',
        actionId: 'play',
      },
      {
        name: 'REGION',
        syntax: 'terraform',
        parameter: 'Messages[1].PromptId',
        kind: 'part of a prompt ARN',
        actionId: 'play',
      },
      {
        name: 'ACCT_ID',
        syntax: 'terraform',
        parameter: 'Messages[1].PromptId',
        kind: 'part of a prompt ARN',
        actionId: 'play',
      },
      {
        name: 'INSTANCE_ID',
        syntax: 'terraform',
        parameter: 'Messages[1].PromptId',
        kind: 'part of a prompt ARN',
        actionId: 'play',
      },
      {
        name: 'P:hold:P',
        syntax: 'terraform',
        parameter: 'Messages[1].PromptId',
        kind: 'part of a prompt ARN',
        actionId: 'play',
      },
      {
        name: 'prefix',
        syntax: 'terraform',
        parameter: 'Attributes.${prefix}_tier',
        kind: 'name',
        actionId: 'attributes',
      },
      {
        name: 'phoneNumber',
        syntax: 'handlebars',
        parameter: 'ThirdPartyPhoneNumber',
        kind: 'part of a phone number',
        actionId: 'transfer',
      },
    ]);
  });

  test('gives the text and the pointer of each use', () => {
    const [, queue, , , , , , , , key] = listPlaceholders(flow);
    expect(queue).toMatchObject({
      text: '${support_queue_arn}',
      pointer: '/Actions/0/Parameters/QueueId',
      actionType: 'UpdateContactTargetQueue',
    });
    expect(key).toMatchObject({
      text: '${prefix}',
      pointer: '/Actions/3/Parameters/Attributes/${prefix}_tier',
    });
  });

  test('recognises only the syntaxes given, and none with []', () => {
    expect(
      listPlaceholders(flow, { placeholders: [placeholderPresets.percent] }).map((u) => u.name),
    ).toEqual(['LambdaTimeout']);
    expect(listPlaceholders(flow, { placeholders: [] })).toEqual([]);
  });

  test('reads any input without failing', () => {
    expect(listPlaceholders(null)).toEqual([]);
    expect(listPlaceholders('${alone}').map((u) => u.kind)).toEqual(['value']);
    expect(
      listPlaceholders({ Actions: [{ Type: 'Invented', Parameters: { X: '%Y%' } }] }),
    ).toMatchObject([{ name: 'Y', parameter: 'X', kind: 'value', actionType: 'Invented' }]);
  });
});

describe('listPlaceholdersInText', () => {
  test('places each use at the line and column of its value', () => {
    const text = JSON.stringify(flow, null, 2);
    const { uses, diagnostics } = listPlaceholdersInText(text);
    expect(diagnostics).toEqual([]);
    const lines = text.split('\n');
    for (const use of uses) {
      expect(lines[use.line! - 1]!.slice(use.column! - 1)).toMatch(/^"/);
    }
    const queue = uses.find((use) => use.parameter === 'QueueId')!;
    expect(lines[queue.line! - 1]).toContain('"QueueId": "${support_queue_arn}"');
  });

  test('reads a DescribeContactFlow wrapper, placing uses in the outer text', () => {
    const text = JSON.stringify(
      { ContactFlow: { Type: 'CONTACT_FLOW', Content: JSON.stringify(flow) } },
      null,
      2,
    );
    const { uses } = listPlaceholdersInText(text);
    expect(uses.map((use) => use.name)).toEqual(listPlaceholders(flow).map((use) => use.name));
    expect(uses.every((use) => use.line === 4)).toBe(true);
  });

  test('says why text that is no flow cannot be read', () => {
    const { uses, diagnostics } = listPlaceholdersInText('{ "Version": ');
    expect(uses).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['parse-error']);
  });
});
