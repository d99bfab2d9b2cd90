import { duplicateIdentifier } from '../../src/rules/duplicate-identifier.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(duplicateIdentifier, {
  valid: [
    { name: 'distinct identifiers', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'actions without identifiers (the schema reports them)',
      document: flowOf([bye, {}, {}]),
    },
    { name: 'a document that is not a flow', document: 'nonsense' },
  ],
  invalid: [
    {
      name: 'a repeated identifier, at the second action',
      document: flowOf([prompt('hello', 'bye'), bye, prompt('bye', 'hello')]),
      findings: [{ actionId: 'bye', pointer: '/Actions/2/Identifier' }],
    },
    {
      name: 'each repetition',
      document: flowOf([bye, bye, bye]),
      findings: [
        { actionId: 'bye', pointer: '/Actions/1/Identifier' },
        { actionId: 'bye', pointer: '/Actions/2/Identifier' },
      ],
    },
  ],
});
