import { describe, expect, test } from 'vitest';
import { diagnosticsFromProblems, problemPointer, unitFromDocument } from '../src/index.js';

const text = `{
  "Version": "2019-10-30",
  "StartAction": "greet",
  "Metadata": { "name": "Greeting" },
  "Actions": [
    { "Identifier": "greet", "Type": "MessageParticipant", "Parameters": { "Text": "Hi" }, "Transitions": { "NextAction": "bye" } },
    {
      "Identifier": "bye",
      "Type": "DisconnectParticipant",
      "Parameters": {},
      "Transitions": {}
    }
  ]
}
`;

describe('problemPointer', () => {
  test.each([
    [
      'Invalid Action property value. Path: Actions[3].Parameters.QueueId',
      '/Actions/3/Parameters/QueueId',
    ],
    ['Invalid Action error. Error: NoMatchingError, Path: Actions[1]', '/Actions/1'],
    [
      'Action is missing required property. Path: Actions[0].Transitions.NextAction',
      '/Actions/0/Transitions/NextAction',
    ],
    [
      'Invalid Action property value. Path: Actions[2].Transitions.Errors[0].NextAction',
      '/Actions/2/Transitions/Errors/0/NextAction',
    ],
    ['Flow is missing required property. Path: StartAction', '/StartAction'],
    ['Invalid Action type', undefined],
  ])('%s', (message, pointer) => {
    expect(problemPointer(message)).toBe(pointer);
  });
});

describe('diagnosticsFromProblems', () => {
  test('names the file, the action and the line of a bare document', () => {
    const unit = unitFromDocument(text, { file: 'flows/greeting.json' });
    const diagnostics = diagnosticsFromProblems(
      [
        'Action does not support transitions. Path: Actions[1].Transitions',
        'Only one of these properties may be defined. Properties: [Text, SSML]',
      ],
      unit,
      unit.content,
    );
    expect(diagnostics).toEqual([
      {
        code: 'invalid-contact-flow',
        severity: 'error',
        message:
          'Amazon Connect refused the flow: Action does not support transitions. Path: Actions[1].Transitions',
        pointer: '/Actions/1/Transitions',
        actionId: 'bye',
        line: 11,
        column: 7,
      },
      {
        code: 'invalid-contact-flow',
        severity: 'error',
        message:
          'Amazon Connect refused the flow: Only one of these properties may be defined. Properties: [Text, SSML]',
        pointer: '',
        line: 1,
        column: 1,
      },
    ]);
  });

  test('reads the action from the content that was sent, and uses the module code', () => {
    const sent = JSON.stringify({ Actions: [{ Identifier: 'first' }, { Identifier: 'second' }] });
    const [diagnostic] = diagnosticsFromProblems(
      ['Invalid Action property name. Path: Actions[1].Parameters.Result'],
      { name: 'Payments', flowType: 'FLOW_MODULE', content: sent },
      sent,
    );
    expect(diagnostic).toMatchObject({
      code: 'invalid-contact-flow-module',
      actionId: 'second',
      pointer: '/Actions/1/Parameters/Result',
    });
    expect(diagnostic?.line).toBeUndefined();
  });
});
