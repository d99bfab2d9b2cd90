import { transitionOnTerminalAction } from '../../src/rules/transition-on-terminal-action.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

testRule(transitionOnTerminalAction, {
  valid: [
    {
      name: 'a Disconnect with empty transitions',
      document: flowOf([prompt('hello', 'bye'), bye]),
    },
    {
      name: 'an End flow with empty transitions',
      document: flowOf([
        { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a Disconnect that goes on',
      document: flowOf([prompt('hello', 'bye'), { ...bye, Transitions: { NextAction: 'hello' } }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/1/Transitions' }],
    },
    {
      name: 'a Transfer to agent with an error branch',
      document: flowOf([
        {
          Identifier: 'agent',
          Type: 'TransferContactToAgent',
          Parameters: {},
          Transitions: { Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
        },
        bye,
      ]),
      findings: [{ actionId: 'agent', pointer: '/Actions/0/Transitions' }],
    },
  ],
});
