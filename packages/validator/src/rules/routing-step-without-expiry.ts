import { pointerFrom } from '../json-pointer.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** The action types of Set routing criteria: the documented name and the one exports use. */
const routingCriteriaTypes: ReadonlySet<string> = new Set([
  'UpdateRoutingCriteria',
  'UpdateContactRoutingCriteria',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const language = (value: string, proficiency: number) => ({
  AttributeCondition: {
    Name: 'Language',
    Value: value,
    ProficiencyLevel: proficiency,
    ComparisonOperator: 'NumberGreaterOrEqualTo',
  },
});

const criteria = (firstStepExpires: boolean) => ({
  Version: '2019-10-30',
  StartAction: 'criteria',
  Actions: [
    {
      Identifier: 'criteria',
      Type: 'UpdateRoutingCriteria',
      Parameters: {
        RoutingCriteria: {
          Steps: [
            {
              Expression: language('Spanish', 4),
              ...(firstStepExpires ? { Expiry: { DurationInSeconds: 30 } } : {}),
            },
            { Expression: language('Spanish', 2) },
          ],
        },
      },
      Transitions: {
        NextAction: 'transfer',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    {
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
    },
    disconnectAction,
  ],
});

export const routingStepWithoutExpiry = defineRule({
  meta: {
    id: 'routing-step-without-expiry',
    category: 'values',
    severity: 'warning',
    description:
      'A routing step other than the last has no Expiry, so it never ends and the steps after it are never used.',
    rationale:
      'Amazon Connect moves a contact to the next routing step only when the current one expires, and a step without an expiry never does (Set routing criteria, L32353-32359). The guide therefore requires an expiry timer on every step, leaving only the last one free to never expire (L32375-32380). Without it the contact waits for an agent matching the first step for as long as it stays in queue.',
    examples: { bad: criteria(false), good: criteria(true) },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type === undefined || !routingCriteriaTypes.has(action.type)) continue;
      const routing = action.parameters['RoutingCriteria'];
      // Criteria from a Lambda function (a JSONPath) are only known on the call.
      const steps = isRecord(routing) ? routing['Steps'] : undefined;
      if (!Array.isArray(steps)) continue;
      steps.slice(0, -1).forEach((step, index) => {
        if (!isRecord(step) || step['Expiry'] !== undefined) return;
        const later = steps.length - index - 1;
        report({
          message: `Step ${index + 1} of "${action.id ?? action.index + 1}" has no Expiry, so it never gives way: the ${later === 1 ? 'step' : `${later} steps`} after it can never apply.`,
          pointer: pointerFrom([
            'Actions',
            action.index,
            'Parameters',
            'RoutingCriteria',
            'Steps',
            index,
          ]),
          actionId: action.id,
          hint: 'Give the step an Expiry with DurationInSeconds; only the last step may have none.',
        });
      });
    }
  },
});
