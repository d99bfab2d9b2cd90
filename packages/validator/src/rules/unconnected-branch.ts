import { findAction, isTerminal } from '@contactflow/dsl/catalog';
import { parameterConditionHolds } from '../graph/parameter-condition.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

export const unconnectedBranch = defineRule({
  meta: {
    id: 'unconnected-branch',
    category: 'structure',
    severity: 'warning',
    description: 'A branch the action always has is not connected to any block.',
    rationale:
      'Amazon Connect accepts a flow with an unconnected error branch, but when that branch is taken the contact has nowhere to go and the flow ends, usually by disconnecting the caller. Connecting every branch makes the failure path explicit.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'hello',
        Actions: [
          {
            Identifier: 'hello',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Hello' },
            Transitions: { NextAction: 'bye' },
          },
          disconnectAction,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'hello',
        Actions: [
          {
            Identifier: 'hello',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Hello' },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      const spec = action.type === undefined ? undefined : findAction(action.type);
      if (spec === undefined || isTerminal(spec)) continue;
      const where = `"${action.id ?? action.index + 1}" (${spec.type})`;
      const connected = new Set(
        action.transitions.filter((t) => t.kind === 'error').map((t) => t.label),
      );
      if (
        spec.transitions.nextAction === 'required' &&
        !action.transitions.some((t) => t.kind === 'next')
      ) {
        report({
          message: `${where} has no NextAction; its success branch leads nowhere.`,
          pointer: `${action.pointer}/Transitions`,
          actionId: action.id,
          hint: 'Connect the success branch.',
        });
      }
      for (const error of spec.transitions.errors) {
        const needed =
          error.connect === 'required' ||
          (error.connect === 'conditional' &&
            error.when !== undefined &&
            parameterConditionHolds(error.when, action.parameters));
        if (!needed || connected.has(error.type)) continue;
        report({
          message: `${where} does not connect its ${error.type} branch. ${error.description}`,
          pointer: `${action.pointer}/Transitions`,
          actionId: action.id,
          hint: `Add { "ErrorType": "${error.type}", "NextAction": ... } to Errors.`,
        });
      }
      const { conditions } = spec.transitions;
      if (conditions && conditions.requiredOperands !== undefined) {
        if (
          conditions.when !== undefined &&
          !parameterConditionHolds(conditions.when, action.parameters)
        ) {
          continue;
        }
        const operands = new Set(
          action.transitions
            .filter((t) => t.kind === 'condition')
            .flatMap((t) => t.label.split(' ').slice(1)),
        );
        for (const operand of conditions.requiredOperands) {
          if (operands.has(operand)) continue;
          report({
            message: `${where} has no condition for the ${operand} result.`,
            pointer: `${action.pointer}/Transitions`,
            actionId: action.id,
            hint: `Add a condition on ${operand}.`,
          });
        }
      }
    }
  },
});
