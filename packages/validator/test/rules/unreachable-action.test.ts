import { unreachableAction } from '../../src/rules/unreachable-action.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(unreachableAction, {
  valid: [
    {
      name: 'every action on a path from the start',
      document: flowOf([prompt('a', 'b'), prompt('b', 'bye'), bye]),
    },
    {
      name: 'a start that names no action (another rule reports it)',
      document: flowOf([bye], 'nope'),
    },
    {
      name: 'an action reached only through an error branch',
      document: flowOf([prompt('a', 'bye', 'oops'), prompt('oops', 'bye'), bye]),
    },
  ],
  invalid: [
    {
      name: 'a block left without a way in',
      document: flowOf([prompt('a', 'bye'), bye, prompt('orphan', 'bye')]),
      findings: [{ actionId: 'orphan', pointer: '/Actions/2' }],
    },
    {
      name: 'an island of two blocks that lead to each other',
      document: flowOf([bye, prompt('x', 'y'), prompt('y', 'x')]),
      findings: [
        { actionId: 'x', pointer: '/Actions/1' },
        { actionId: 'y', pointer: '/Actions/2' },
      ],
    },
  ],
});
