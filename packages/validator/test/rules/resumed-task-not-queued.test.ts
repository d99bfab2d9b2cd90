import { resumedTaskNotQueued } from '../../src/rules/resumed-task-not-queued.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const resume = (next: string, onError = 'end') => ({
  Identifier: 'resume',
  Type: 'ResumeContact',
  Parameters: {},
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: onError, ErrorType: 'NoMatchingError' }],
  },
});

const handOff = (type: string, parameters: object = {}) => ({
  Identifier: 'hand-off',
  Type: type,
  Parameters: parameters,
  Transitions: {
    NextAction: 'end',
    Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
  },
});

testRule(resumedTaskNotQueued, {
  valid: [
    {
      name: 'Resume contact, then Transfer to queue',
      document: flowOf([resume('hand-off'), handOff('TransferContactToQueue'), end]),
    },
    {
      name: 'Resume contact, then Transfer to flow (the next flow may queue it)',
      document: flowOf([
        resume('hand-off'),
        handOff('TransferToFlow', { ContactFlowId: '$.Attributes.nextFlow' }),
        end,
      ]),
    },
    {
      name: 'a transfer reached only from the Error branch still counts (reachable is enough)',
      document: flowOf([resume('end', 'hand-off'), handOff('TransferContactToQueue'), end]),
    },
    { name: 'an unreachable Resume contact', document: flowOf([end, resume('end')]) },
    { name: 'a flow without Resume contact', document: flowOf([end]) },
  ],
  invalid: [
    {
      name: 'Resume contact, then the end of the flow',
      document: flowOf([resume('end'), end]),
      findings: [{ actionId: 'resume', pointer: '/Actions/0' }],
    },
    {
      name: 'whatever the flow type',
      document: flowOf([resume('end'), end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
      findings: [{ actionId: 'resume', pointer: '/Actions/0' }],
    },
  ],
});
