import { findAction, isTerminal, type Connection } from '@contactflow/dsl';

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
  (c: Connection) => c.transition.kind === 'error' && c.transition.errorType === 'NoMatchingError',
  (c: Connection) =>
    c.transition.kind === 'error' && c.transition.errorType === 'NoMatchingCondition',
  (c: Connection) =>
    c.transition.kind === 'condition' && c.transition.condition.operand === 'DoneLooping',
];

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
    for (const matches of mirroredNextAction) {
      const mirrored = connections.find(matches);
      if (mirrored !== undefined) {
        transitions.NextAction = identifierOf(mirrored);
        break;
      }
    }
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
