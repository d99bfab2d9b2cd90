import { invalidDocument } from '../../src/rules/invalid-document.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(invalidDocument, {
  valid: [
    { name: 'a well-formed flow', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a flow with Metadata and module Settings',
      document: { ...(flowOf([bye]) as object), Metadata: { name: 'x' }, Settings: {} },
    },
    {
      name: 'problems that other rules own (parameters, identifiers)',
      document: flowOf([{ ...bye, Identifier: 'a:b', Parameters: { Extra: 1 } }], 'a:b'),
    },
  ],
  invalid: [
    { name: 'a document that is not an object', document: 'nonsense', findings: [{ pointer: '' }] },
    {
      name: 'a wrong Version',
      document: { ...(flowOf([bye]) as object), Version: '2020-01-01' },
      findings: [{ pointer: '/Version' }],
    },
    {
      name: 'a missing StartAction',
      document: { Version: '2019-10-30', Actions: [bye] },
      findings: [{ pointer: '' }],
    },
    {
      name: 'Actions that are not a list',
      document: { Version: '2019-10-30', StartAction: 'bye', Actions: { bye } },
      findings: [{ pointer: '/Actions' }],
    },
    {
      name: 'an unknown key on an action',
      document: flowOf([{ ...bye, Comment: 'x' }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/0/Comment' }],
    },
    {
      name: 'an action without Transitions',
      document: flowOf([{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {} }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/0' }],
    },
    {
      name: 'a document nested absurdly deep',
      document: flowOf([
        {
          ...bye,
          Parameters: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) as unknown,
        },
      ]),
      findings: [{ pointer: '/Actions/0/Parameters/a' }],
    },
  ],
});
