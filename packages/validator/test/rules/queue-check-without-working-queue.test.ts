import { queueCheckWithoutWorkingQueue } from '../../src/rules/queue-check-without-working-queue.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const check = (id: string, type: string, parameters: object, next: string) => ({
  Identifier: id,
  Type: type,
  Parameters: parameters,
  Transitions: {
    NextAction: next,
    Conditions: [{ NextAction: next, Condition: { Operator: 'Equals', Operands: ['True'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

const staffed = (next: string, parameters: object = {}) =>
  check(
    'staffed',
    'CheckMetricData',
    { MetricType: 'NumberOfAgentsAvailable', ...parameters },
    next,
  );

const hours = (next: string, parameters: object = {}) =>
  check('hours', 'CheckHoursOfOperation', parameters, next);

const setQueue = (next: string, id = 'set-queue') => ({
  Identifier: id,
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: '$.Attributes.queueArn' },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const queueArn = 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q';

testRule(queueCheckWithoutWorkingQueue, {
  valid: [
    {
      name: 'Set working queue, then Check staffing',
      document: flowOf([setQueue('staffed'), staffed('bye'), bye]),
    },
    {
      name: 'Check staffing that names its queue, before Set working queue',
      document: flowOf([staffed('set-queue', { QueueId: queueArn }), setQueue('bye'), bye]),
    },
    {
      name: 'Check hours of operation that names its hours, first in the flow',
      document: flowOf([
        hours('set-queue', { HoursOfOperationId: '$.Attributes.hours' }),
        setQueue('bye'),
        bye,
      ]),
    },
    {
      name: 'a flow that sets no working queue at all',
      document: flowOf([hours('staffed'), staffed('bye'), bye]),
    },
    {
      name: 'a transfer-to-queue flow, whose contact comes with its queue',
      document: flowOf([hours('set-queue'), setQueue('bye'), bye]),
      options: { flowType: 'QUEUE_TRANSFER' },
    },
    {
      name: 'a module invoked before the check, which may set the queue',
      document: flowOf([
        {
          Identifier: 'module',
          Type: 'InvokeFlowModule',
          Parameters: { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
          Transitions: {
            NextAction: 'staffed',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        staffed('set-queue'),
        setQueue('bye'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'Check hours of operation before Set working queue',
      document: flowOf([hours('set-queue'), setQueue('bye'), bye]),
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'hours', pointer: '/Actions/0' }],
    },
    {
      name: 'Check staffing on a branch that skips Set working queue',
      document: flowOf(
        [
          hours('set-queue', { HoursOfOperationId: '$.Attributes.hours' }),
          setQueue('staffed'),
          staffed('bye'),
          {
            ...(hours('staffed', { HoursOfOperationId: '$.Attributes.hours' }) as object),
            Identifier: 'other',
          },
          bye,
        ],
        'other',
      ),
      findings: [{ actionId: 'staffed', pointer: '/Actions/2' }],
    },
    {
      name: 'Get queue metrics with no queue, before the working queue is set',
      document: flowOf([
        {
          Identifier: 'metrics',
          Type: 'GetMetricData',
          Parameters: {},
          Transitions: {
            NextAction: 'set-queue',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        setQueue('bye'),
        bye,
      ]),
      findings: [{ actionId: 'metrics', pointer: '/Actions/0' }],
    },
  ],
});
