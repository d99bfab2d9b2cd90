import { customPlaceholderSyntax, placeholderPresets } from '@contactflow/dsl/placeholders';
import { describe, expect, test } from 'vitest';
import { validate, validateText, type Diagnostic } from '../src/index.js';
import { bye, flowOf } from './rules/rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const action = (identifier: string, type: string, parameters: unknown, next = 'bye') => ({
  Identifier: identifier,
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: next, Errors: errors },
});

const transfer = (number: string) =>
  action('transfer', 'TransferParticipantToThirdParty', {
    ThirdPartyPhoneNumber: number,
    ThirdPartyConnectionTimeLimitSeconds: '30',
    ContinueFlowExecution: 'True',
  });

const codes = (found: readonly Diagnostic[]) =>
  found
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.severity} ${d.code} ${d.pointer}`)
    .sort();

const template = flowOf([
  action('queue', 'UpdateContactTargetQueue', { QueueId: '${support_queue_arn}' }, 'language'),
  action('language', 'UpdateContactData', { LanguageCode: '%LangCode%' }, 'hello'),
  action('hello', 'MessageParticipant', { SSML: '{{greeting_ssml}}' }, 'transfer'),
  {
    ...transfer('+1{{phoneNumber}}'),
    Transitions: {
      NextAction: 'bye',
      Errors: ['CallFailed', 'ConnectionTimeLimitExceeded', 'NoMatchingError'].map((type) => ({
        NextAction: 'bye',
        ErrorType: type,
      })),
    },
  },
  bye,
]);

describe('validating a template', () => {
  test('placeholders of every built-in syntax are accepted by default', () => {
    expect(codes(validate(template, { flowType: 'CONTACT_FLOW' }))).toEqual([]);
  });

  test('with no syntaxes, the same placeholders are the errors of a final flow', () => {
    expect(codes(validate(template, { flowType: 'CONTACT_FLOW', placeholders: [] }))).toEqual([
      'error invalid-parameters /Actions/1/Parameters/LanguageCode',
      'error invalid-parameters /Actions/3/Parameters/ThirdPartyPhoneNumber',
      'warning ssml-without-speak /Actions/2/Parameters/SSML',
    ]);
  });

  test('only the syntaxes given are recognised', () => {
    const found = codes(
      validate(template, { flowType: 'CONTACT_FLOW', placeholders: [placeholderPresets.percent] }),
    );
    expect(found).toEqual([
      'error invalid-parameters /Actions/3/Parameters/ThirdPartyPhoneNumber',
      'warning ssml-without-speak /Actions/2/Parameters/SSML',
    ]);
  });

  test('a custom syntax is recognised like a preset', () => {
    const at = customPlaceholderSyntax({
      name: 'at',
      pattern: '@@([A-Za-z0-9_]+)@@',
      write: '@@{name}@@',
    });
    const flow = flowOf([
      action('language', 'UpdateContactData', { LanguageCode: '@@Language@@' }),
      bye,
    ]);
    expect(codes(validate(flow, { placeholders: [at] }))).toEqual([]);
    expect(codes(validate(flow))).toEqual([
      'error invalid-parameters /Actions/0/Parameters/LanguageCode',
    ]);
  });

  test('an ARN built from placeholders is not a hard-coded one', () => {
    const flow = flowOf([
      action('queue', 'UpdateContactTargetQueue', {
        QueueId:
          'arn:aws:connect:us-east-1:111122223333:instance/${INSTANCE_ID}/queue/${Q:sales:Q}',
      }),
      bye,
    ]);
    expect(codes(validate(flow))).toEqual([]);
    expect(codes(validate(flow, { placeholders: [] }))).toEqual([
      'warning hard-coded-instance-arn /Actions/0/Parameters/QueueId',
    ]);
  });

  test('a placeholder in a literal-only parameter is a warning instead of an error', () => {
    const input = action('input', 'GetParticipantInput', {
      Text: 'Press 1.',
      InputTimeLimitSeconds: '${input_timeout}',
    });
    const flow = flowOf([
      {
        ...input,
        Transitions: {
          NextAction: 'bye',
          Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map(
            (type) => ({ NextAction: 'bye', ErrorType: type }),
          ),
        },
      },
      bye,
    ]);
    expect(codes(validate(flow))).toEqual([
      'warning placeholder-in-static-parameter /Actions/0/Parameters/InputTimeLimitSeconds',
    ]);
    expect(codes(validate(flow, { placeholders: [] }))).toEqual([
      'error invalid-parameters /Actions/0/Parameters/InputTimeLimitSeconds',
    ]);
  });

  test('structure, graph and flow-type checks apply to templates in full', () => {
    const flow = flowOf([
      action('queue', 'UpdateContactTargetQueue', { QueueId: '${queue_arn}' }, 'missing'),
      action('unknown', 'UpdateContactTargetQueue', { QueueID: '${queue_arn}' }),
      action('typed', 'MessageParticipantIteratively', { Messages: '${messages}' }),
      action('module', 'EndFlowModuleExecution', {}),
      bye,
    ]);
    expect(codes(validate(flow, { flowType: 'CONTACT_FLOW' }))).toEqual(
      codes(validate(flow, { flowType: 'CONTACT_FLOW', placeholders: [] })),
    );
    const found = codes(validate(flow, { flowType: 'CONTACT_FLOW' }));
    expect(found).toContain('error dangling-transition /Actions/0/Transitions/NextAction');
    expect(found).toContain('error invalid-parameters /Actions/1/Parameters/QueueID');
    expect(found).toContain('error invalid-parameters /Actions/2/Parameters/Messages');
    expect(found.some((line) => line.startsWith('error module-only-action'))).toBe(true);
  });

  test('a literal value beside a placeholder is still checked', () => {
    const flow = flowOf([transfer('+15550'), bye]);
    expect(codes(validate(flow)).some((line) => line.includes('invalid-phone-number'))).toBe(true);
  });

  test('validateText takes the option too', () => {
    const text = JSON.stringify(template);
    expect(codes(validateText(text, { flowType: 'CONTACT_FLOW' }))).toEqual([]);
    expect(codes(validateText(text, { flowType: 'CONTACT_FLOW', placeholders: [] }))).toHaveLength(
      3,
    );
  });
});
