import { danglingStartAction } from '../../src/rules/dangling-start-action.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(danglingStartAction, {
  valid: [
    { name: 'a start that names an action', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a start naming a later action',
      document: flowOf([bye, prompt('hello', 'bye')], 'hello'),
    },
    { name: 'no StartAction at all (the schema reports it)', document: { Actions: [bye] } },
  ],
  invalid: [
    {
      name: 'a start that names no action',
      document: flowOf([prompt('hello', 'bye'), bye], 'welcome'),
      findings: [{ pointer: '/StartAction' }],
    },
    {
      name: 'a start in a flow without actions',
      document: flowOf([], 'welcome'),
      findings: [{ pointer: '/StartAction' }],
    },
    {
      name: 'a start that differs only in case',
      document: flowOf([bye], 'Bye'),
      findings: [{ pointer: '/StartAction' }],
    },
  ],
});
