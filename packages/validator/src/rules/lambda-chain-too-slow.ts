import type { ActionShape } from '../graph/flow-shape.js';
import { givesParticipantTurn } from '../graph/participant-turn.js';
import { loopsAmong } from '../graph/sub-loops.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** Guide L4294-4300: a sequence of Lambda functions may last 20 seconds in all. */
const chainLimitSeconds = 20;

/** Seconds the flow may wait on the action: a synchronous Lambda's time limit, else nothing. */
function waitSeconds(action: ActionShape): number {
  if (action.type !== 'InvokeLambdaFunction') return 0;
  // An asynchronous invocation does not hold the flow; a later Wait collects its result.
  if (action.parameters['InvocationType'] === 'ASYNCHRONOUS') return 0;
  const limit = action.parameters['InvocationTimeLimitSeconds'];
  const seconds =
    typeof limit === 'number'
      ? limit
      : typeof limit === 'string' && /^\d+(\.\d+)?$/.test(limit.trim())
        ? Number(limit)
        : 0;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

const lambda = (id: string, next: string) => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: { LambdaFunctionARN: `$.Attributes.${id}Function`, InvocationTimeLimitSeconds: '8' },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});
const bye = disconnectAction;

export const lambdaChainTooSlow = defineRule({
  meta: {
    id: 'lambda-chain-too-slow',
    category: 'values',
    severity: 'warning',
    description:
      'Lambda functions run one after another with no prompt or input between them, and their time limits add up to more than 20 seconds.',
    rationale:
      'Amazon Connect allows a sequence of Lambda functions 20 seconds in all (admin guide, "Lambda" under flow best practices); past that the sequence times out with an error, and the caller hears silence meanwhile. A Play prompt (or any input or wait) between the functions starts a new sequence. The time limits are what the functions may take, so the chain can exceed the limit on a slow day even when it is usually fast.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'customer',
        Actions: [
          lambda('customer', 'orders'),
          lambda('orders', 'offers'),
          lambda('offers', 'bye'),
          bye,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'customer',
        Actions: [
          lambda('customer', 'orders'),
          lambda('orders', 'wait'),
          {
            Identifier: 'wait',
            Type: 'MessageParticipant',
            Parameters: { Text: 'One moment while we look up your offers.' },
            Transitions: {
              NextAction: 'offers',
              Errors: [{ NextAction: 'offers', ErrorType: 'NoMatchingError' }],
            },
          },
          lambda('offers', 'bye'),
          bye,
        ],
      },
    },
  },
  check({ graph, report }) {
    const inChain = graph.shape.actions.filter(
      (action) =>
        !givesParticipantTurn(action) &&
        (graph.start === undefined || graph.reachable.has(action.index)),
    );
    if (!inChain.some((action) => waitSeconds(action) > 0)) return;

    // Actions that can follow each other round a cycle are one step of the chain: each of their
    // Lambdas counts once, so the sum is what the cycle costs at the least.
    const component = new Map<ActionShape, number>();
    const members: ActionShape[][] = [];
    for (const loop of loopsAmong(inChain)) {
      for (const action of loop) component.set(action, members.length);
      members.push(loop);
    }
    for (const action of inChain) {
      if (component.has(action)) continue;
      component.set(action, members.length);
      members.push([action]);
    }
    const cyclic = new Set(members.map((_, c) => c).filter((c) => members[c]!.length > 1));
    const predecessors = members.map((): Set<number> => new Set());
    const successors = members.map((): Set<number> => new Set());
    for (const action of inChain) {
      const from = component.get(action)!;
      for (const target of graph.successors(action)) {
        const to = component.get(target);
        if (to === undefined) continue;
        if (to === from) {
          cyclic.add(from);
          continue;
        }
        predecessors[to]!.add(from);
        successors[from]!.add(to);
      }
    }

    // Longest chain ending in each component, in topological order (Kahn).
    const weight = members.map((list) => list.reduce((sum, a) => sum + waitSeconds(a), 0));
    const best = weight.map(() => 0);
    const before = weight.map(() => 0);
    const via = weight.map((): number | undefined => undefined);
    const pending = predecessors.map((set) => set.size);
    const ready = members.map((_, c) => c).filter((c) => pending[c] === 0);
    while (ready.length > 0) {
      const c = ready.pop()!;
      for (const p of predecessors[c]!) {
        if (via[c] === undefined || best[p]! > before[c]!) {
          before[c] = best[p]!;
          via[c] = p;
        }
      }
      best[c] = before[c]! + weight[c]!;
      for (const next of successors[c]!) {
        pending[next] = pending[next]! - 1;
        if (pending[next] === 0) ready.push(next);
      }
    }

    const findings: { here: ActionShape; message: string }[] = [];
    members.forEach((list, c) => {
      // Reported where the running total first passes the limit.
      if (weight[c] === 0 || best[c]! <= chainLimitSeconds || before[c]! > chainLimitSeconds)
        return;
      const chain: ActionShape[] = [];
      let loops = false;
      for (let at: number | undefined = c; at !== undefined; at = via[at]) {
        loops ||= cyclic.has(at);
        chain.unshift(...members[at]!.filter((action) => waitSeconds(action) > 0));
      }
      // One function over the limit on its own is an out-of-range time limit, for the schema.
      if (chain.length < 2) return;
      const here = list.find((action) => waitSeconds(action) > 0)!;
      const names = chain.map((action) => `"${action.id ?? action.index + 1}"`).join(', ');
      findings.push({
        here,
        message: `Lambda functions ${names} can run one after another with no prompt or input between them: their time limits add up to ${loops ? 'at least ' : ''}${best[c]} s, above the ${chainLimitSeconds} s a sequence may take.`,
      });
    });
    findings.sort((a, b) => a.here.index - b.here.index);
    for (const { here, message } of findings) {
      report({
        message,
        pointer: `${here.pointer}/Parameters/InvocationTimeLimitSeconds`,
        actionId: here.id,
        hint: 'Play a prompt between the functions, lower their time limits, or merge the work into fewer functions.',
      });
    }
  },
});
