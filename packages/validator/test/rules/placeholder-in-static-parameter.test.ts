import { customPlaceholderSyntax, placeholderPresets } from '@contactflow/dsl/placeholders';
import { expect, test } from 'vitest';
import { placeholderInStaticParameter } from '../../src/rules/placeholder-in-static-parameter.js';
import { runRules } from '../../src/run-rules.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const input = (timeout: string, storeInput = 'False') => ({
  Identifier: 'input',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1.', InputTimeLimitSeconds: timeout, StoreInput: storeInput },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const logging = (behavior: string) => ({
  Identifier: 'logging',
  Type: 'UpdateFlowLoggingBehavior',
  Parameters: { FlowLoggingBehavior: behavior },
  Transitions: { NextAction: 'bye' },
});

const recording = (language: string) => ({
  Identifier: 'recording',
  Type: 'UpdateContactRecordingBehavior',
  Parameters: {
    RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] },
    AnalyticsBehavior: {
      Enabled: 'True',
      AnalyticsLanguage: language,
      AnalyticsRedactionBehavior: 'Disabled',
      AnalyticsRedactionResults: 'None',
      ChannelConfiguration: { Chat: { AnalyticsModes: [] }, Voice: { AnalyticsModes: [] } },
    },
  },
  Transitions: { NextAction: 'bye' },
});

const queue = (id: string) => ({
  Identifier: 'queue',
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: id },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const language = (code: string) => ({
  Identifier: 'language',
  Type: 'UpdateContactData',
  Parameters: { LanguageCode: code },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const atSigns = customPlaceholderSyntax({
  name: 'at-signs',
  pattern: '@@([A-Za-z0-9_]+)@@',
  write: '@@{name}@@',
});

testRule(placeholderInStaticParameter, {
  valid: [
    {
      name: 'literal timeouts, flags and choices',
      document: flowOf([input('5'), logging('Enabled'), bye]),
    },
    {
      name: 'placeholders for resources, texts and values that may come from contact data',
      document: flowOf([
        queue('${support_queue_arn}'),
        language('%LangCode%'),
        {
          Identifier: 'hello',
          Type: 'MessageParticipant',
          Parameters: { Text: 'Hello {{customer_name}}' },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        bye,
      ]),
    },
    {
      name: 'a placeholder in a timeout when placeholders are not recognised',
      document: flowOf([input('${input_timeout}'), bye]),
      options: { placeholders: [] },
    },
    {
      name: 'a placeholder of a syntax the options do not name',
      document: flowOf([input('%InputTimeout%'), bye]),
      options: { placeholders: [placeholderPresets.terraform] },
    },
    {
      name: 'an action type the catalog does not know',
      document: flowOf([{ ...input('${timeout}'), Type: 'GetInputSomehow' }, bye]),
    },
  ],
  invalid: [
    {
      name: 'a placeholder for a timeout',
      document: flowOf([input('${input_timeout}'), bye]),
      findings: [{ actionId: 'input', pointer: '/Actions/0/Parameters/InputTimeLimitSeconds' }],
    },
    {
      name: 'placeholders for a flag and a choice',
      document: flowOf([input('5', '%StoreInput%'), logging('{{ logging }}'), bye]),
      findings: [
        { actionId: 'input', pointer: '/Actions/0/Parameters/StoreInput' },
        { actionId: 'logging', pointer: '/Actions/1/Parameters/FlowLoggingBehavior' },
      ],
    },
    {
      name: 'a placeholder in a nested literal-only language code',
      document: flowOf([recording('en-${region_language}'), bye]),
      findings: [
        {
          actionId: 'recording',
          pointer: '/Actions/0/Parameters/AnalyticsBehavior/AnalyticsLanguage',
        },
      ],
    },
    {
      name: 'a placeholder of a custom syntax',
      document: flowOf([input('@@InputTimeout@@'), bye]),
      findings: [{ actionId: 'input', pointer: '/Actions/0/Parameters/InputTimeLimitSeconds' }],
      options: { placeholders: [atSigns] },
    },
  ],
});

test('the warning names the placeholder, the parameter and the literal it stands for', () => {
  const [found] = runRules(flowOf([input('${input_timeout}'), bye]), [
    placeholderInStaticParameter,
  ]);
  expect(found?.message).toBe(
    'InputTimeLimitSeconds is "${input_timeout}": the placeholder ${input_timeout} stands where the parameter takes only a literal (a whole number from 1 to 179), which is checked only once the template is rendered.',
  );
  expect(found?.hint).toBe(
    'Make sure the deploy tool fills in a whole number from 1 to 179, or write the value into the template.',
  );
});
