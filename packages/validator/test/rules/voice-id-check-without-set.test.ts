import { voiceIdCheckWithoutSet } from '../../src/rules/voice-id-check-without-set.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const start = (id = 'start-voice-id', next = 'check') => ({
  Identifier: id,
  Type: 'StartVoiceIdStream',
  Parameters: {},
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const check = (id = 'check', onError = 'bye') => ({
  Identifier: id,
  Type: 'CheckVoiceId',
  Parameters: { CheckVoiceIdOption: 'enrollmentStatus' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Enrolled'] } }],
    Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }],
  },
});

const branch = (voice: string, other: string) => ({
  Identifier: 'branch',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.verify' },
  Transitions: {
    NextAction: other,
    Conditions: [{ NextAction: voice, Condition: { Operator: 'Equals', Operands: ['yes'] } }],
    Errors: [{ NextAction: other, ErrorType: 'NoMatchingCondition' }],
  },
});

const skipsTheStream = flowOf([branch('start-voice-id', 'check'), start(), check(), bye]);

testRule(voiceIdCheckWithoutSet, {
  valid: [
    {
      name: 'Set Voice ID, then Check Voice ID',
      document: flowOf([prompt('welcome', 'start-voice-id'), start(), check(), bye]),
    },
    {
      name: 'a stream started on each branch before the check',
      document: flowOf([branch('start-voice-id', 'again'), start(), start('again'), check(), bye]),
    },
    {
      name: 'a flow that starts no stream at all (a whisper or follow-up flow relies on an earlier one)',
      document: flowOf([prompt('welcome', 'check'), check(), bye]),
    },
    {
      name: 'a path through an invoked module, which may start the stream',
      document: flowOf([
        branch('start-voice-id', 'module'),
        start(),
        {
          Identifier: 'module',
          Type: 'InvokeFlowModule',
          Parameters: { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
          Transitions: {
            NextAction: 'check',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        check(),
        bye,
      ]),
    },
    {
      name: 'an unreachable check (unreachable-action reports it)',
      document: flowOf([start('start-voice-id', 'bye'), bye, check()]),
    },
    {
      name: 'a check reached only through the error branch of Set Voice ID (it was tried; the check has its own Error branch)',
      document: flowOf([
        {
          ...start('start-voice-id', 'bye'),
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'check', ErrorType: 'NoMatchingError' }],
          },
        },
        check(),
        prompt('other', 'check'),
        bye,
      ]),
    },
    { name: 'a document that is not a flow', document: { Actions: 'none' } },
  ],
  invalid: [
    {
      name: 'a branch that skips Set Voice ID',
      document: skipsTheStream,
      findings: [{ actionId: 'check', pointer: '/Actions/2' }],
    },
    {
      name: 'the same whatever the flow type',
      document: skipsTheStream,
      options: { flowType: 'AGENT_WHISPER' },
      findings: [{ actionId: 'check', pointer: '/Actions/2' }],
    },
    {
      name: 'a check before the stream starts',
      document: flowOf([check('check', 'start-voice-id'), start('start-voice-id', 'bye'), bye]),
      findings: [{ actionId: 'check', pointer: '/Actions/0' }],
    },
  ],
});
