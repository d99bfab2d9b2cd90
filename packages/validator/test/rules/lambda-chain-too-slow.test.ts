import { lambdaChainTooSlow } from '../../src/rules/lambda-chain-too-slow.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const lambda = (id: string, next: string, seconds: unknown = '8', extra: object = {}) => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: {
    LambdaFunctionARN: '$.Attributes.fn',
    InvocationTimeLimitSeconds: seconds,
    ...extra,
  },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const set = (id: string, next: string) => ({
  Identifier: id,
  Type: 'UpdateContactAttributes',
  Parameters: { Attributes: { step: id } },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});
const branch = (id: string, a: string, b: string) => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.External.kind' },
  Transitions: {
    NextAction: b,
    Conditions: [{ NextAction: a, Condition: { Operator: 'Equals', Operands: ['a'] } }],
    Errors: [{ NextAction: b, ErrorType: 'NoMatchingCondition' }],
  },
});

testRule(lambdaChainTooSlow, {
  valid: [
    {
      name: 'two functions within 20 s',
      document: flowOf([lambda('a', 'b'), lambda('b', 'bye', '8'), bye]),
    },
    {
      name: 'exactly 20 s',
      document: flowOf([lambda('a', 'b', '8'), lambda('b', 'c', '8'), lambda('c', 'bye', 4), bye]),
    },
    {
      name: 'a prompt between the functions starts a new sequence',
      document: flowOf([
        lambda('a', 'b'),
        lambda('b', 'p'),
        prompt('p', 'c'),
        lambda('c', 'bye'),
        bye,
      ]),
    },
    {
      name: 'asynchronous invocations do not hold the flow',
      document: flowOf([
        lambda('a', 'b', '30', { InvocationType: 'ASYNCHRONOUS' }),
        lambda('b', 'c'),
        lambda('c', 'bye'),
        bye,
      ]),
    },
    {
      name: 'two branches, each within 20 s',
      document: flowOf([
        lambda('a', 'k'),
        branch('k', 'b', 'c'),
        lambda('b', 'bye'),
        lambda('c', 'bye'),
        bye,
      ]),
    },
    {
      name: 'time limits from attributes are not counted',
      document: flowOf([
        lambda('a', 'b', '$.Attributes.t'),
        lambda('b', 'c'),
        lambda('c', 'bye'),
        bye,
      ]),
    },
    {
      name: 'one function over the limit on its own (the schema rejects its time limit)',
      document: flowOf([lambda('a', 'bye', '30'), bye]),
    },
    {
      name: 'an unreachable chain',
      document: flowOf([bye, lambda('a', 'b'), lambda('b', 'c'), lambda('c', 'bye')]),
    },
  ],
  invalid: [
    {
      name: 'three functions of 8 s, with attribute updates between them',
      document: flowOf([
        lambda('a', 's1'),
        set('s1', 'b'),
        lambda('b', 's2'),
        set('s2', 'c'),
        lambda('c', 'bye'),
        bye,
      ]),
      findings: [{ actionId: 'c', pointer: '/Actions/4/Parameters/InvocationTimeLimitSeconds' }],
    },
    {
      name: 'numbers as well as strings; reported where the total first passes 20 s',
      document: flowOf([
        lambda('a', 'b', 8),
        lambda('b', 'c', 8),
        lambda('c', 'd', 8),
        lambda('d', 'bye', 8),
        bye,
      ]),
      findings: [{ actionId: 'c', pointer: '/Actions/2/Parameters/InvocationTimeLimitSeconds' }],
    },
    {
      name: 'the longer of two branches',
      document: flowOf([
        lambda('a', 'k'),
        branch('k', 'b', 'x'),
        lambda('b', 'bye', '3'),
        lambda('x', 'y', '8'),
        lambda('y', 'bye', '5'),
        bye,
      ]),
      findings: [{ actionId: 'y', pointer: '/Actions/4/Parameters/InvocationTimeLimitSeconds' }],
    },
    {
      name: 'two branches each over the limit, reported in document order',
      document: flowOf([
        branch('k', 'b1', 'a1'),
        lambda('a1', 'a2'),
        lambda('a2', 'a3'),
        lambda('a3', 'bye'),
        lambda('b1', 'b2'),
        lambda('b2', 'b3'),
        lambda('b3', 'bye'),
        bye,
      ]),
      findings: [
        { actionId: 'a3', pointer: '/Actions/3/Parameters/InvocationTimeLimitSeconds' },
        { actionId: 'b3', pointer: '/Actions/6/Parameters/InvocationTimeLimitSeconds' },
      ],
    },
    {
      name: 'a cycle of functions (each counted once)',
      document: flowOf([
        lambda('a', 'b'),
        lambda('b', 'k'),
        branch('k', 'c', 'bye'),
        lambda('c', 'a'),
        bye,
      ]),
      findings: [{ actionId: 'a', pointer: '/Actions/0/Parameters/InvocationTimeLimitSeconds' }],
    },
  ],
});
