import { unsupportedChannel } from '../../src/rules/unsupported-channel.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const input = (id: string, parameters: Record<string, unknown>) => ({
  Identifier: id,
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5', ...parameters },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const lex = {
  Identifier: 'bot',
  Type: 'ConnectParticipantWithLexBot',
  Parameters: { Text: 'How can I help?', LexV2Bot: { AliasArn: '$.Attributes.bot' } },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
};
const voice = {
  Identifier: 'voice',
  Type: 'UpdateContactTextToSpeechVoice',
  Parameters: { TextToSpeechVoice: 'Joanna' },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
};

testRule(unsupportedChannel, {
  valid: [
    {
      name: 'channels not declared',
      document: flowOf([input('menu', { StoreInput: 'False' }), bye]),
    },
    {
      name: 'Get customer input (DTMF) on voice',
      document: flowOf([input('menu', { StoreInput: 'False' }), bye]),
      options: { channels: ['VOICE'] },
    },
    {
      name: 'Get customer input with Lex on chat',
      document: flowOf([lex, bye]),
      options: { channels: ['VOICE', 'CHAT'] },
    },
    {
      name: 'a prompt on task (conditional: the rule does not guess)',
      document: flowOf([prompt('hi', 'bye'), bye]),
      options: { channels: ['TASK'] },
    },
    {
      name: 'an unreachable voice-only block',
      document: flowOf([bye, input('menu', { StoreInput: 'True' })]),
      options: { channels: ['CHAT'] },
    },
    {
      name: 'an action type the catalog does not know, and garbage',
      document: flowOf([
        { Identifier: 'x', Type: 'SetVoice', Parameters: {}, Transitions: { NextAction: 'y' } },
        { Identifier: 'y', Parameters: 5 },
      ]),
      options: { channels: ['CHAT'] },
    },
  ],
  invalid: [
    {
      name: 'Get customer input (DTMF) on chat',
      document: flowOf([input('menu', { StoreInput: 'False' }), bye]),
      options: { channels: ['VOICE', 'CHAT'] },
      findings: [{ actionId: 'menu', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'Store customer input on chat and task (one finding per block)',
      document: flowOf([input('digits', { StoreInput: 'True' }), bye]),
      options: { channels: ['CHAT', 'TASK'] },
      findings: [{ actionId: 'digits', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'Set voice on chat, which does nothing there',
      document: flowOf([voice, bye]),
      options: { channels: ['CHAT'] },
      findings: [{ actionId: 'voice', pointer: '/Actions/0/Type' }],
    },
  ],
});
