import { routingCriteriaWithoutTransfer } from '../../src/rules/routing-criteria-without-transfer.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const criteria = (id: string, next: string, type = 'UpdateRoutingCriteria') => ({
  Identifier: id,
  Type: type,
  Parameters: { RoutingCriteria: '$.External.MyRoutingCriteria' },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const setQueue = (next: string) => ({
  Identifier: 'set-queue',
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: '$.Attributes.queueArn' },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const transfer = {
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
};

const handOff = (type: string, parameters: Record<string, unknown>) => ({
  Identifier: 'hand-off',
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

testRule(routingCriteriaWithoutTransfer, {
  valid: [
    {
      name: 'criteria, then Set working queue and Transfer to queue',
      document: flowOf([criteria('criteria', 'set-queue'), setQueue('transfer'), transfer, bye]),
    },
    {
      name: 'the console spelling UpdateContactRoutingCriteria, followed by a transfer',
      document: flowOf([
        criteria('criteria', 'set-queue', 'UpdateContactRoutingCriteria'),
        setQueue('transfer'),
        transfer,
        bye,
      ]),
    },
    {
      name: 'a transfer on one branch only (reachable is enough)',
      document: flowOf([
        criteria('criteria', 'menu'),
        prompt('menu', 'set-queue', 'bye'),
        setQueue('transfer'),
        transfer,
        bye,
      ]),
    },
    {
      name: 'a transfer reached back through a loop',
      document: flowOf([
        prompt('hello', 'criteria'),
        criteria('criteria', 'hello-again'),
        prompt('hello-again', 'bye', 'set-queue'),
        setQueue('transfer'),
        transfer,
        bye,
      ]),
    },
    {
      name: 'a Transfer to flow after the criteria (the next flow may queue the contact)',
      document: flowOf([
        criteria('criteria', 'hand-off'),
        handOff('TransferToFlow', {
          ContactFlowId:
            'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        }),
        bye,
      ]),
    },
    {
      name: 'an invoked module after the criteria',
      document: flowOf([
        criteria('criteria', 'hand-off'),
        handOff('InvokeFlowModule', { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }),
        bye,
      ]),
    },
    {
      name: 'an action type the catalog does not know after the criteria',
      document: flowOf([criteria('criteria', 'hand-off'), handOff('QueueItSomehow', {}), bye]),
    },
    {
      name: 'a customer queue flow, where the contact is already in queue',
      document: flowOf([criteria('criteria', 'bye'), bye]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'unreachable criteria (unreachable-action reports them)',
      document: flowOf([bye, criteria('criteria', 'bye')]),
    },
    { name: 'a document that is not a flow', document: [] },
  ],
  invalid: [
    {
      name: 'criteria followed only by a disconnect',
      document: flowOf([criteria('criteria', 'bye'), bye]),
      findings: [{ actionId: 'criteria', pointer: '/Actions/0' }],
    },
    {
      name: 'criteria set after the only transfer',
      document: flowOf([
        setQueue('transfer'),
        { ...transfer, Transitions: { ...transfer.Transitions, NextAction: 'criteria' } },
        criteria('criteria', 'bye'),
        bye,
      ]),
      findings: [{ actionId: 'criteria', pointer: '/Actions/2' }],
    },
    {
      name: 'the console spelling, in an inbound flow, with nothing after it',
      document: flowOf([
        criteria('criteria', 'thanks', 'UpdateContactRoutingCriteria'),
        prompt('thanks', 'bye'),
        bye,
      ]),
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'criteria', pointer: '/Actions/0' }],
    },
    {
      name: 'criteria in a loop that never reaches a transfer',
      document: flowOf([criteria('criteria', 'again'), prompt('again', 'criteria', 'bye'), bye]),
      findings: [{ actionId: 'criteria', pointer: '/Actions/0' }],
    },
  ],
});
