import type { JsonSchema } from '@contactflow/dsl/catalog';
import { literalForm } from '../placeholders/expected-kind.js';
import { placeholderValues } from '../placeholders/placeholder-values.js';
import { disconnectAction } from '../rule-examples.js';
import { parameterName, quoted } from '../values/describe-value.js';
import { valueClassOf, type ParameterLeaf } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';

const logging = (behavior: string) => ({
  Version: '2019-10-30',
  StartAction: 'logging',
  Actions: [
    {
      Identifier: 'logging',
      Type: 'UpdateFlowLoggingBehavior',
      Parameters: { FlowLoggingBehavior: behavior },
      Transitions: { NextAction: 'bye' },
    },
    disconnectAction,
  ],
});

/** A schema that fixes the literal's form: a choice, a number, a flag, a pattern. */
function isTyped(schema: JsonSchema): boolean {
  const types = schema.type === undefined ? [] : [schema.type].flat();
  return (
    schema.enum !== undefined ||
    schema.const !== undefined ||
    schema.pattern !== undefined ||
    types.some((type) => type !== 'string')
  );
}

/** Whether the catalog takes only a literal of a fixed form at this value. */
function mustBeTypedLiteral(leaf: ParameterLeaf): boolean {
  return leaf.schemas.length > 0 && valueClassOf(leaf) === 'static' && leaf.schemas.every(isTyped);
}

export const placeholderInStaticParameter = defineRule({
  meta: {
    id: 'placeholder-in-static-parameter',
    category: 'values',
    severity: 'warning',
    description:
      'A deploy-time placeholder stands in a parameter that takes only a literal of a fixed form: a timeout, a number, a flag, a choice.',
    rationale:
      'In a flow template, a placeholder for a queue ARN or a text stands for a value of the kind the parameter expects, and the template is checked as such. A parameter that must be a literal of a fixed form (a whole number in a range, "True" or "False", one of a few words) cannot be checked until the template is rendered: a rendered value out of range or misspelt is refused on publishing, or makes the contact fail on the call. The placeholder is accepted, with this warning, so that the deploy tool can be checked to provide a valid value.',
    examples: { bad: logging('${flow_logging}'), good: logging('Enabled') },
  },
  check({ graph, placeholders, report }) {
    for (const { action, leaf, placeholders: found } of placeholderValues(
      graph.shape,
      placeholders,
    )) {
      if (!mustBeTypedLiteral(leaf)) continue;
      const names = found.map((placeholder) => placeholder.text).join(', ');
      const form = literalForm(action.type, leaf);
      report({
        message: `${parameterName(leaf.path)} is ${quoted(leaf.value)}: the placeholder ${names} stands where the parameter takes only a literal (${form}), which is checked only once the template is rendered.`,
        pointer: leaf.pointer,
        actionId: action.id,
        hint: `Make sure the deploy tool fills in ${form}, or write the value into the template.`,
      });
    }
  },
});
