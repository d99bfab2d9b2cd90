import { loopWithoutExit } from '../../src/rules/loop-without-exit.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const loop = (id: string, looping: string, done: string) => ({
  Identifier: id,
  Type: 'Loop',
  Parameters: { LoopCount: '3' },
  Transitions: {
    NextAction: done,
    Conditions: [
      { NextAction: looping, Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] } },
      { NextAction: done, Condition: { Operator: 'Equals', Operands: ['DoneLooping'] } },
    ],
  },
});

const transfer = {
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: 'sorry',
    Errors: [
      { NextAction: 'sorry', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'sorry', ErrorType: 'NoMatchingError' },
    ],
  },
};

testRule(loopWithoutExit, {
  valid: [
    { name: 'a flow without loops', document: flowOf([prompt('a', 'bye'), bye]) },
    {
      name: 'a Loop block that replays a prompt, then goes on',
      document: flowOf([loop('retry', 'again', 'bye'), prompt('again', 'retry'), bye]),
    },
    {
      name: 'a retry loop around a transfer (the transfer hands the contact on)',
      document: flowOf([transfer, prompt('sorry', 'transfer')]),
    },
    {
      name: 'a loop through an action type the catalog does not know',
      document: flowOf([
        prompt('a', 'x'),
        { Identifier: 'x', Type: 'SomethingNew', Parameters: {}, Transitions: { NextAction: 'a' } },
      ]),
    },
    {
      name: 'an unreachable loop (unreachable-action reports it)',
      document: flowOf([bye, prompt('x', 'y'), prompt('y', 'x')]),
    },
  ],
  invalid: [
    {
      name: 'a prompt that leads back to itself',
      document: flowOf([prompt('again', 'again')]),
      findings: [{ actionId: 'again', pointer: '/Actions/0' }],
    },
    {
      name: 'two prompts that lead to each other, after the start',
      document: flowOf([prompt('start', 'x'), prompt('x', 'y'), prompt('y', 'x')]),
      findings: [{ actionId: 'x', pointer: '/Actions/1' }],
    },
  ],
});
