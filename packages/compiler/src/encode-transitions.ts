import { findAction, isTerminal, type Connection, type Transition } from '@contactflow/dsl';

/**
 * The `Condition` of an entry of `Conditions`: operator and operand, or, for a `raw(...)` node's
 * `.whenVerbatim(...)`, the object it was given.
 */
export type FlowCondition =
  { Operator: string; Operands: string[] } | Readonly<Record<string, unknown>>;

/** `Transitions` as the Flow language writes them. */
export interface FlowTransitions {
  NextAction?: string;
  Errors?: { NextAction: string; ErrorType: string }[];
  Conditions?: { NextAction: string; Condition: FlowCondition }[];
}

/**
 * Where console exports point `NextAction` when the block shows no Success branch but the action
 * takes one: at the Error branch's block (Get customer input, Transfer to queue, Transfer to flow),
 * else the Default branch's (Check contact attributes), else Loop's Complete branch.
 */
const mirroredNextAction = [
  (t: Transition) => t.kind === 'error' && t.errorType === 'NoMatchingError',
  (t: Transition) => t.kind === 'error' && t.errorType === 'NoMatchingCondition',
  (t: Transition) => t.kind === 'condition' && t.condition.operand === 'DoneLooping',
];

/**
 * The branch whose target `NextAction` repeats when no branch connects `NextAction` itself; the
 * importer asks the same question of a document's transitions.
 */
export function mirroredBranch<B extends { readonly transition: Transition }>(
  branches: readonly B[],
): B | undefined {
  for (const matches of mirroredNextAction) {
    const mirrored = branches.find((branch) => matches(branch.transition));
    if (mirrored !== undefined) return mirrored;
  }
  return undefined;
}

/**
 * The `Transitions` of one action, from its ordered connections. Terminal actions get `{}`; other
 * actions always list `Errors` and `Conditions`, as console exports do.
 */
export function encodeTransitions(
  actionType: string,
  connections: readonly Connection[],
  identifierOf: (connection: Connection) => string,
): FlowTransitions {
  const spec = findAction(actionType);
  if (spec !== undefined && isTerminal(spec)) return {};
  const transitions: FlowTransitions = {};
  const next = connections.find((c) => c.transition.kind === 'next');
  if (next !== undefined) {
    transitions.NextAction = identifierOf(next);
  } else if (spec?.transitions.nextAction !== 'forbidden') {
    const mirrored = mirroredBranch(connections);
    if (mirrored !== undefined) transitions.NextAction = identifierOf(mirrored);
  }
  transitions.Errors = [];
  transitions.Conditions = [];
  for (const connection of connections) {
    const { transition } = connection;
    if (transition.kind === 'error') {
      transitions.Errors.push({
        NextAction: identifierOf(connection),
        ErrorType: transition.errorType,
      });
    } else if (transition.kind === 'condition') {
      transitions.Conditions.push({
        NextAction: identifierOf(connection),
        Condition: {
          Operator: transition.condition.operator,
          Operands: [transition.condition.operand],
        },
      });
    } else if (transition.kind === 'verbatim') {
      transitions.Conditions.push({
        NextAction: identifierOf(connection),
        Condition: transition.condition,
      });
    }
  }
  return transitions;
}
