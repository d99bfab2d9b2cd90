import { waitEventMismatch } from '../../src/rules/wait-event-mismatch.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const wait = (
  events: unknown,
  results: readonly string[],
  id = 'wait',
  errors: readonly string[] = ['NoMatchingError'],
) => ({
  Identifier: id,
  Type: 'Wait',
  Parameters: { TimeLimitSeconds: '300', ...(events === undefined ? {} : { Events: events }) },
  Transitions: {
    NextAction: 'bye',
    Conditions: results.map((result) => ({
      NextAction: 'bye',
      Condition: { Operator: 'Equals', Operands: [result] },
    })),
    Errors: errors.map((type) => ({ NextAction: 'bye', ErrorType: type })),
  },
});

testRule(waitEventMismatch, {
  valid: [
    {
      name: 'a timed wait, a wait for the customer and a wait for a bot',
      document: flowOf([
        wait(undefined, ['WaitCompleted'], 'timer'),
        wait(['CustomerReturned'], ['CustomerReturned', 'WaitCompleted'], 'customer'),
        wait(
          ['BotParticipantDisconnected'],
          ['WaitCompleted', 'BotParticipantDisconnected'],
          'bot',
        ),
        bye,
      ]),
    },
    {
      name: 'Events of the wrong shape (the schema reports it)',
      document: flowOf([wait('CustomerReturned', ['WaitCompleted', 'CustomerReturned']), bye]),
    },
  ],
  invalid: [
    {
      name: 'a condition on an event the wait does not list',
      document: flowOf([wait([], ['WaitCompleted', 'CustomerReturned']), bye]),
      findings: [{ actionId: 'wait', pointer: '/Actions/0/Transitions/Conditions/1' }],
    },
    {
      name: 'a listed event without its condition',
      document: flowOf([wait(['BotParticipantDisconnected'], ['WaitCompleted']), bye]),
      findings: [{ actionId: 'wait', pointer: '/Actions/0/Transitions' }],
    },
    {
      name: 'a ParticipantNotFound branch on a wait for the customer',
      document: flowOf([
        wait(['CustomerReturned'], ['WaitCompleted', 'CustomerReturned'], 'wait', [
          'NoMatchingError',
          'ParticipantNotFound',
        ]),
        bye,
      ]),
      findings: [{ actionId: 'wait', pointer: '/Actions/0/Transitions/Errors/1' }],
    },
    {
      name: 'both events in one wait',
      document: flowOf([
        wait(
          ['CustomerReturned', 'BotParticipantDisconnected'],
          ['WaitCompleted', 'CustomerReturned', 'BotParticipantDisconnected'],
        ),
        bye,
      ]),
      findings: [{ actionId: 'wait', pointer: '/Actions/0/Parameters/Events' }],
    },
  ],
});
