import { unknownActionType } from '../../src/rules/unknown-action-type.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(unknownActionType, {
  valid: [
    { name: 'known types', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a Type that is not text (the document frame is wrong instead)',
      document: flowOf([{ ...bye, Type: 42 }]),
    },
  ],
  invalid: [
    {
      name: 'a designer block title used as a type',
      document: flowOf([{ ...bye, Type: 'Disconnect / hang up' }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'a type in the wrong case',
      document: flowOf([prompt('hello', 'bye'), { ...bye, Type: 'disconnectParticipant' }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/1/Type' }],
    },
    {
      name: 'an action without an identifier',
      document: flowOf([{ Type: 'Nope', Parameters: {}, Transitions: {} }], 'x'),
      findings: [{ pointer: '/Actions/0/Type' }],
    },
  ],
});
