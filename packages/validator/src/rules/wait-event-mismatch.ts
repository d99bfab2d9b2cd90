import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** The events a Wait can list, each ending the wait with a condition result of its own name. */
const waitEvents = ['CustomerReturned', 'BotParticipantDisconnected'] as const;

const waitFor = (events: readonly string[], results: readonly string[]) => ({
  Version: '2019-10-30',
  StartAction: 'wait',
  Actions: [
    {
      Identifier: 'wait',
      Type: 'Wait',
      Parameters: { TimeLimitSeconds: '900', Events: events },
      Transitions: {
        NextAction: 'bye',
        Conditions: results.map((result) => ({
          NextAction: 'bye',
          Condition: { Operator: 'Equals', Operands: [result] },
        })),
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

export const waitEventMismatch = defineRule({
  meta: {
    id: 'wait-event-mismatch',
    category: 'structure',
    severity: 'warning',
    description:
      "A Wait's Events and its branches do not match: an event with no condition for it, a condition or a ParticipantNotFound branch for an event the Wait does not list, or both events in one Wait.",
    rationale:
      'A Wait ends early only on the events its Events list names, and each of them needs a condition of its own (Flow-language Wait action). A listed event without its condition has no branch to take when it happens; a condition on an unlisted event is never taken, so a chat customer who returns waits out the whole timeout. The guide ties Customer returned to participant type Default and the bot branches (Bot participant disconnected, Participant not found) to participant type Bot (Wait, L33680-33725), so one Wait waits for one or the other.',
    examples: {
      bad: waitFor([], ['WaitCompleted', 'CustomerReturned']),
      good: waitFor(['CustomerReturned'], ['WaitCompleted', 'CustomerReturned']),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type !== 'Wait') continue;
      const where = `"${action.id ?? action.index + 1}"`;
      const listed = action.parameters['Events'];
      // A list of another shape is reported by the schema check.
      if (listed !== undefined && !Array.isArray(listed)) continue;
      const events = new Set((listed ?? []).filter((e): e is string => typeof e === 'string'));
      const results = action.transitions
        .filter((t) => t.kind === 'condition' && t.label.startsWith('Equals '))
        .map((t) => ({ result: t.label.slice('Equals '.length), pointer: t.pointer }));
      for (const event of waitEvents) {
        if (!events.has(event) || results.some(({ result }) => result === event)) continue;
        report({
          message: `${where} waits for ${event}, but has no condition for it; the event has no branch to follow.`,
          pointer: `${action.pointer}/Transitions`,
          actionId: action.id,
          hint: `Add a condition Equals ${event} leading to the blocks that handle it.`,
        });
      }
      for (const { result, pointer } of results) {
        if (!(waitEvents as readonly string[]).includes(result) || events.has(result)) continue;
        report({
          message: `${where} has a condition on ${result}, but its Events do not list it, so that branch is never taken.`,
          pointer: pointer.replace(/\/NextAction$/u, ''),
          actionId: action.id,
          hint: `Add "${result}" to Events, or remove the condition.`,
        });
      }
      const notFound = action.transitions.find(
        (t) => t.kind === 'error' && t.label === 'ParticipantNotFound',
      );
      if (notFound !== undefined && !events.has('BotParticipantDisconnected')) {
        report({
          message: `${where} has a ParticipantNotFound branch, which only a Wait for BotParticipantDisconnected can take.`,
          pointer: notFound.pointer.replace(/\/NextAction$/u, ''),
          actionId: action.id,
          hint: 'Remove the branch, or wait for the bot with Events ["BotParticipantDisconnected"].',
        });
      }
      if (waitEvents.every((event) => events.has(event))) {
        report({
          message: `${where} lists both CustomerReturned and BotParticipantDisconnected; a Wait waits for the customer (participant type Default) or for a bot, not both.`,
          pointer: `${action.pointer}/Parameters/Events`,
          actionId: action.id,
          hint: 'Use one Wait per participant type.',
        });
      }
    }
  },
});
