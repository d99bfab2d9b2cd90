import { amazonQWithoutRealTimeAnalytics } from '../../src/rules/amazon-q-without-real-time-analytics.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const session = (next = 'end') => ({
  Identifier: 'assistant',
  Type: 'CreateWisdomSession',
  Parameters: { WisdomAssistantArn: '$.Attributes.assistantArn' },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

const step = (type: string, parameters: object, next = 'assistant') => ({
  Identifier: 'recording',
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

const both = { RecordedParticipants: ['Agent', 'Customer'] };

const legacy = (analytics: object) =>
  step('UpdateContactRecordingBehavior', {
    RecordingBehavior: both,
    AnalyticsBehavior: { Enabled: 'True', AnalyticsLanguage: 'en-US', ...analytics },
  });

const current = (analytics: object) =>
  step('UpdateContactRecordingAndAnalyticsBehavior', {
    VoiceBehavior: {
      VoiceRecordingBehavior: both,
      VoiceAnalyticsBehavior: { Enabled: 'True', AnalyticsLanguage: 'en-US', ...analytics },
    },
  });

const alone = flowOf([session(), end]);

testRule(amazonQWithoutRealTimeAnalytics, {
  valid: [
    {
      name: 'real-time analytics on the newer action, after the session',
      document: flowOf([session('recording'), current({ AnalyticsModes: ['RealTime'] }), end]),
    },
    {
      name: 'real-time analytics on the older action, per channel',
      document: flowOf([
        legacy({ ChannelConfiguration: { Voice: { AnalyticsModes: ['RealTime'] } } }),
        session(),
        end,
      ]),
    },
    {
      name: 'the older single AnalyticsMode',
      document: flowOf([legacy({ AnalyticsMode: 'RealTime' }), session(), end]),
    },
    {
      name: 'modes from a JSONPath',
      document: flowOf([current({ AnalyticsModes: '$.Attributes.modes' }), session(), end]),
    },
    {
      name: 'a module that may turn the analytics on',
      document: flowOf([
        step('InvokeFlowModule', { FlowModuleId: '$.Attributes.m' }),
        session(),
        end,
      ]),
    },
    { name: 'a chat-only flow', document: alone, options: { channels: ['CHAT'] } },
    { name: 'a flow without Amazon Q', document: flowOf([end]) },
  ],
  invalid: [
    {
      name: 'a session and no recording block',
      document: alone,
      findings: [{ actionId: 'assistant', pointer: '/Actions/0' }],
    },
    {
      name: 'post-contact analytics only',
      document: flowOf([current({ AnalyticsModes: ['PostContact'] }), session(), end]),
      findings: [{ actionId: 'assistant', pointer: '/Actions/1' }],
    },
    {
      name: 'real-time analytics switched off',
      document: flowOf([
        current({ Enabled: 'False', AnalyticsModes: ['RealTime'] }),
        session(),
        end,
      ]),
      findings: [{ actionId: 'assistant', pointer: '/Actions/1' }],
    },
    {
      name: 'a flow that serves calls and chats',
      document: alone,
      options: { channels: ['VOICE', 'CHAT'] },
      findings: [{ actionId: 'assistant', pointer: '/Actions/0' }],
    },
  ],
});
