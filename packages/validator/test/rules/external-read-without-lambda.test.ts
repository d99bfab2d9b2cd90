import { externalReadWithoutLambda } from '../../src/rules/external-read-without-lambda.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const lambda = (id: string, next: string, onError = 'bye', input?: Record<string, string>) => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: {
    LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookup',
    InvocationTimeLimitSeconds: '8',
    ...(input !== undefined && { LambdaInvocationAttributes: input }),
  },
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }],
  },
});

const say = (id: string, text: string, next = 'bye') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const compare = (id: string, value: string, match: string, other = 'bye') => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: value },
  Transitions: {
    NextAction: other,
    Conditions: [{ NextAction: match, Condition: { Operator: 'Equals', Operands: ['yes'] } }],
    Errors: [{ NextAction: other, ErrorType: 'NoMatchingCondition' }],
  },
});

testRule(externalReadWithoutLambda, {
  valid: [
    {
      name: 'a read right after the Lambda',
      document: flowOf([lambda('lookup', 'greet'), say('greet', 'Hello $.External.name.'), bye]),
    },
    {
      name: 'a Lambda on each branch before the branches meet at the read',
      document: flowOf([
        compare('branch', '$.Channel', 'voice-lookup', 'chat-lookup'),
        lambda('voice-lookup', 'greet'),
        lambda('chat-lookup', 'greet'),
        say('greet', 'Hello $.External.name.'),
        bye,
      ]),
    },
    {
      name: 'reads of other namespaces',
      document: flowOf([say('greet', 'Hello $.Attributes.name, on $.Channel.'), bye]),
    },
    {
      name: 'a Lambda whose input passes on what the one before it returned',
      document: flowOf([
        lambda('first', 'second'),
        lambda('second', 'bye', 'bye', { account: '$.External.accountId' }),
        bye,
      ]),
    },
    {
      name: 'a read only on the error branch of the Lambda (it still ran)',
      document: flowOf([
        lambda('lookup', 'bye', 'sorry'),
        say('sorry', 'Sorry $.External.name.'),
        bye,
      ]),
    },
    {
      name: 'a path through an action type the catalog does not know',
      document: flowOf([
        {
          Identifier: 'odd',
          Type: 'CallSomething',
          Parameters: {},
          Transitions: { NextAction: 'greet' },
        },
        say('greet', 'Hello $.External.name.'),
        bye,
      ]),
    },
    {
      name: 'an unreachable read (unreachable-action reports it)',
      document: flowOf([bye, say('greet', 'Hello $.External.name.')]),
    },
    { name: 'a document that is not a flow', document: null },
  ],
  invalid: [
    {
      name: 'a read in a prompt at the start of the flow',
      document: flowOf([say('greet', 'Hello $.External.name.'), bye]),
      findings: [{ actionId: 'greet', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'a Compare of a Lambda result on a branch that skips the Lambda',
      document: flowOf([
        compare('branch', '$.Channel', 'lookup', 'check'),
        lambda('lookup', 'check'),
        compare('check', '$.External.isVip', 'bye'),
        bye,
      ]),
      findings: [{ actionId: 'check', pointer: '/Actions/2/Parameters/ComparisonValue' }],
    },
    {
      name: 'a Lambda input that reads $.External before any Lambda ran',
      document: flowOf([lambda('lookup', 'bye', 'bye', { account: '$.External.accountId' }), bye]),
      findings: [
        { actionId: 'lookup', pointer: '/Actions/0/Parameters/LambdaInvocationAttributes/account' },
      ],
    },
    {
      name: 'only the first of several reads on the same unguarded path',
      document: flowOf([
        say('first', 'Hello $.External.name.', 'second'),
        say('second', 'Your balance is $.External.balance.'),
        bye,
      ]),
      findings: [{ actionId: 'first', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'the first reference of an action, in a nested parameter',
      document: flowOf([
        {
          Identifier: 'remember',
          Type: 'UpdateContactAttributes',
          Parameters: {
            Attributes: { tier: 'gold', name: '$.External.name', id: '$.External.id' },
          },
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        bye,
      ]),
      findings: [{ actionId: 'remember', pointer: '/Actions/0/Parameters/Attributes/name' }],
    },
    {
      name: 'reads on two separate unguarded branches, each reported',
      document: flowOf([
        compare('branch', '$.Channel', 'voice', 'chat'),
        say('voice', 'Hello $.External.name.'),
        say('chat', 'Hi $.External.name.'),
        bye,
      ]),
      findings: [
        { actionId: 'voice', pointer: '/Actions/1/Parameters/Text' },
        { actionId: 'chat', pointer: '/Actions/2/Parameters/Text' },
      ],
    },
    {
      name: 'a read reached again through a loop that skips the Lambda',
      document: flowOf([
        compare('branch', '$.Channel', 'lookup', 'menu'),
        lambda('lookup', 'menu'),
        prompt('menu', 'greet'),
        say('greet', 'Hello $.External.name.', 'menu'),
        bye,
      ]),
      findings: [{ actionId: 'greet', pointer: '/Actions/3/Parameters/Text' }],
    },
  ],
});
