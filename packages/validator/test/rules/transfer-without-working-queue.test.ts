import { transferWithoutWorkingQueue } from '../../src/rules/transfer-without-working-queue.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const setQueue = (id: string, next = 'transfer') => ({
  Identifier: id,
  Type: 'UpdateContactTargetQueue',
  Parameters: {
    QueueId:
      'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const transfer = (id = 'transfer', onError = 'bye') => ({
  Identifier: id,
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: onError,
    Errors: [
      { NextAction: onError, ErrorType: 'QueueAtCapacity' },
      { NextAction: onError, ErrorType: 'NoMatchingError' },
    ],
  },
});

/** A two-way branch on the channel: voice goes to `voice`, everything else to `other`. */
const branch = (voice: string, other: string) => ({
  Identifier: 'branch',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Channel' },
  Transitions: {
    NextAction: other,
    Conditions: [{ NextAction: voice, Condition: { Operator: 'Equals', Operands: ['VOICE'] } }],
    Errors: [{ NextAction: other, ErrorType: 'NoMatchingCondition' }],
  },
});

const module = (id: string, next: string) => ({
  Identifier: id,
  Type: 'InvokeFlowModule',
  Parameters: { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const skipsTheQueue = flowOf([
  branch('set-queue', 'transfer'),
  setQueue('set-queue'),
  transfer(),
  bye,
]);

testRule(transferWithoutWorkingQueue, {
  valid: [
    {
      name: 'a Set working queue right before the transfer',
      document: flowOf([setQueue('set-queue'), transfer(), bye]),
    },
    {
      name: 'a queue set on each branch before they meet at the transfer',
      document: flowOf([
        branch('voice-queue', 'chat-queue'),
        setQueue('voice-queue'),
        setQueue('chat-queue'),
        transfer(),
        bye,
      ]),
    },
    {
      name: 'a retry loop back into the transfer, after the queue is set',
      document: flowOf([
        setQueue('set-queue'),
        transfer('transfer', 'sorry'),
        prompt('sorry', 'transfer'),
        bye,
      ]),
    },
    {
      name: 'a flow that sets no working queue at all (the queue comes from before it)',
      document: flowOf([prompt('hello', 'transfer'), transfer(), bye]),
    },
    {
      name: 'a path through an invoked module, which may set the queue',
      document: flowOf([
        branch('set-queue', 'module'),
        setQueue('set-queue'),
        module('module', 'transfer'),
        transfer(),
        bye,
      ]),
    },
    {
      name: 'a path through an action type the catalog does not know',
      document: flowOf([
        branch('set-queue', 'odd'),
        setQueue('set-queue'),
        {
          Identifier: 'odd',
          Type: 'SetQueueSomehow',
          Parameters: {},
          Transitions: { NextAction: 'transfer' },
        },
        transfer(),
        bye,
      ]),
    },
    {
      name: 'a transfer flow, whose quick connect sets the queue',
      document: skipsTheQueue,
      options: { flowType: 'QUEUE_TRANSFER' },
    },
    {
      name: 'an agent transfer flow',
      document: skipsTheQueue,
      options: { flowType: 'AGENT_TRANSFER' },
    },
    {
      name: 'a module, run inside a caller that may have set the queue',
      document: skipsTheQueue,
      options: { flowType: 'FLOW_MODULE' },
    },
    {
      name: 'an unreachable transfer (unreachable-action reports it)',
      document: flowOf([setQueue('set-queue', 'bye'), bye, transfer('orphan')]),
    },
    {
      name: 'a document without a start',
      document: flowOf([setQueue('set-queue'), transfer(), bye], 'missing'),
    },
    { name: 'a document that is not a flow', document: 'transfer' },
  ],
  invalid: [
    {
      name: 'a branch that skips the only Set working queue',
      document: skipsTheQueue,
      findings: [{ actionId: 'transfer', pointer: '/Actions/2' }],
    },
    {
      name: 'the same in an inbound flow, type declared',
      document: skipsTheQueue,
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'transfer', pointer: '/Actions/2' }],
    },
    {
      name: 'a transfer as the first action, with a queue set elsewhere',
      document: flowOf([
        transfer('transfer', 'set-queue'),
        setQueue('set-queue', 'again'),
        transfer('again'),
        bye,
      ]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/0' }],
    },
    {
      name: 'a Set working queue only on the error branch of the transfer',
      document: flowOf([
        branch('set-queue', 'first'),
        transfer('first', 'set-queue'),
        setQueue('set-queue', 'second'),
        transfer('second'),
        bye,
      ]),
      findings: [{ actionId: 'first', pointer: '/Actions/1' }],
    },
    {
      name: 'a path around the queue through a loop',
      document: flowOf([
        branch('set-queue', 'menu'),
        setQueue('set-queue'),
        prompt('menu', 'again'),
        prompt('again', 'menu', 'transfer'),
        transfer(),
        bye,
      ]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/4' }],
    },
    {
      name: 'two transfers reached past the queue, each reported',
      document: flowOf([
        branch('set-queue', 'a'),
        setQueue('set-queue', 'b'),
        transfer('a', 'b'),
        transfer('b'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/2' },
        { actionId: 'b', pointer: '/Actions/3' },
      ],
    },
  ],
});
