import { spinningLoop } from '../../src/rules/spinning-loop.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const lambda = (id: string, next: string, onError: string) => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: { LambdaFunctionARN: '$.Attributes.fn', InvocationTimeLimitSeconds: '3' },
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }],
  },
});
const compare = (id: string, onMatch: string, otherwise: string) => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.External.status' },
  Transitions: {
    NextAction: otherwise,
    Conditions: [{ NextAction: onMatch, Condition: { Operator: 'Equals', Operands: ['RUN'] } }],
    Errors: [{ NextAction: otherwise, ErrorType: 'NoMatchingCondition' }],
  },
});
const transfer = (next: string) => ({
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: next,
    Errors: [
      { NextAction: next, ErrorType: 'QueueAtCapacity' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});
const staffed = (id: string, none: string) => ({
  Identifier: id,
  Type: 'CheckMetricData',
  Parameters: { MetricType: 'NumberOfAgentsAvailable' },
  Transitions: {
    NextAction: 'transfer',
    Conditions: [{ NextAction: none, Condition: { Operator: 'NumberLessThan', Operands: ['1'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});
const menu = {
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
  Transitions: {
    NextAction: 'menu',
    Errors: [
      { NextAction: 'menu', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'menu', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
    Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
  },
};
const loop = (id: string, again: string, done: string) => ({
  Identifier: id,
  Type: 'Loop',
  Parameters: { LoopCount: '3' },
  Transitions: {
    Conditions: [
      { NextAction: again, Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] } },
      { NextAction: done, Condition: { Operator: 'Equals', Operands: ['DoneLooping'] } },
    ],
  },
});

testRule(spinningLoop, {
  valid: [
    { name: 'a menu that replays on timeout', document: flowOf([menu, bye]) },
    {
      name: 'a retry counted by a Loop block',
      document: flowOf([loop('tries', 'fn', 'bye'), lambda('fn', 'bye', 'tries'), bye]),
    },
    {
      name: 'a retry after a prompt',
      document: flowOf([lambda('fn', 'bye', 'sorry'), prompt('sorry', 'fn'), bye]),
    },
    {
      name: 'polling: the function answers whether to go round again',
      document: flowOf([lambda('poll', 'status', 'bye'), compare('status', 'poll', 'bye'), bye]),
    },
    {
      name: 'a loop that nothing leaves (loop-without-exit reports it)',
      document: flowOf([prompt('start', 'a'), compare('a', 'b', 'b'), compare('b', 'a', 'a')]),
    },
    {
      name: 'an unreachable spin',
      document: flowOf([bye, lambda('fn', 'bye', 'fn')]),
    },
    {
      name: 'a loop through a type the catalog does not know',
      document: flowOf([
        lambda('fn', 'bye', 'x'),
        {
          Identifier: 'x',
          Type: 'SomethingNew',
          Parameters: {},
          Transitions: { NextAction: 'fn' },
        },
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'a Lambda whose error branch retries it',
      document: flowOf([lambda('fn', 'bye', 'fn'), bye]),
      findings: [{ actionId: 'fn', pointer: '/Actions/0' }],
    },
    {
      name: 'a transfer retried at once when the queue is full',
      document: flowOf([transfer('transfer'), bye]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/0' }],
    },
    {
      name: 'a staffing check that goes round until an agent is free',
      document: flowOf([staffed('agents', 'agents'), transfer('bye'), bye]),
      findings: [{ actionId: 'agents', pointer: '/Actions/0' }],
    },
    {
      name: 'an unpaced cycle inside a loop that also has a prompt',
      document: flowOf([
        prompt('hello', 'fn'),
        lambda('fn', 'check', 'retry'),
        compare('retry', 'fn', 'hello'),
        compare('check', 'bye', 'hello'),
        bye,
      ]),
      findings: [{ actionId: 'fn', pointer: '/Actions/1' }],
    },
  ],
});
