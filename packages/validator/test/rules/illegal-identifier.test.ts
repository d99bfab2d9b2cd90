import { illegalIdentifier } from '../../src/rules/illegal-identifier.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const named = (id: string) => ({ ...bye, Identifier: id });

testRule(illegalIdentifier, {
  valid: [
    { name: 'plain identifiers', document: flowOf([prompt('hello-1', 'bye'), bye]) },
    {
      name: 'console-made UUIDs',
      document: flowOf([named('0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9')]),
    },
    { name: 'exactly 50 characters', document: flowOf([named('x'.repeat(50))]) },
    { name: 'spaces and unicode', document: flowOf([named('Menü principal')]) },
  ],
  invalid: [
    {
      name: 'a colon',
      document: flowOf([named('menu:1')]),
      findings: [{ actionId: 'menu:1', pointer: '/Actions/0/Identifier' }],
    },
    {
      name: 'a JSONPath-like identifier',
      document: flowOf([named('$.Attributes.x')]),
      findings: [{ actionId: '$.Attributes.x', pointer: '/Actions/0/Identifier' }],
    },
    {
      name: '51 characters',
      document: flowOf([named('x'.repeat(51))]),
      findings: [{ actionId: 'x'.repeat(51), pointer: '/Actions/0/Identifier' }],
    },
    {
      name: 'a reserved word',
      document: flowOf([named('constructor')]),
      findings: [{ actionId: 'constructor', pointer: '/Actions/0/Identifier' }],
    },
    {
      name: 'an empty identifier',
      document: flowOf([named('')]),
      findings: [{ actionId: '', pointer: '/Actions/0/Identifier' }],
    },
    {
      name: 'an identifier that is not text',
      document: flowOf([{ ...bye, Identifier: 7 }], 'x'),
      findings: [{ pointer: '/Actions/0/Identifier' }],
    },
  ],
});
