import { setRoutingCriteria as spec } from '../catalog/blocks/set-routing-criteria.js';
import type { BuildContext } from '../builder/build-context.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate, ParameterTemplateValue } from '../builder/parameter-template.js';
import { isDynamicValue, type DynamicValue } from '../values/dynamic-value.js';

/** An agent proficiency a routing step asks for: at least `minimumLevel` in `attribute`=`value`. */
export interface ProficiencyRequirement {
  /** A predefined attribute of the instance, such as `Language`. */
  readonly attribute: ValueInput;
  /** The attribute's value, such as `Spanish`, or a dynamic value holding it. */
  readonly value: ValueInput;
  /** The lowest proficiency level an agent needs, 1 to 5. */
  readonly minimumLevel: 1 | 2 | 3 | 4 | 5;
}

/** One routing step: who may take the contact, and for how long before the next step applies. */
export interface RoutingStep {
  /** One requirement, or two to eight that must all hold. */
  readonly require: ProficiencyRequirement | readonly ProficiencyRequirement[];
  /** Seconds before the next step takes over. Only the last step may leave it out (never expires). */
  readonly expiresAfterSeconds?: number;
}

/**
 * Options of {@link setRoutingCriteria}: steps written out (or taken from a dynamic value), or the
 * whole criteria from a dynamic value such as a Lambda result returned as JSON.
 */
export type SetRoutingCriteriaOptions =
  | { readonly steps: readonly RoutingStep[] | DynamicValue; readonly criteria?: never }
  | {
      /** Criteria in the Flow-language shape (`{ Steps: [...] }`), e.g. `lambdaResult('MyRoutingCriteria')`. */
      readonly criteria: DynamicValue;
      readonly steps?: never;
    };

const maxConditions = 8;

/**
 * Set routing criteria: sets proficiency-based routing steps on the contact; the next Transfer to
 * queue activates them. Steps are tried in order, each until it expires.
 *
 * @example
 * ```ts
 * import { disconnect, setRoutingCriteria, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * setRoutingCriteria({
 *   steps: [
 *     { require: { attribute: 'Language', value: 'Spanish', minimumLevel: 4 }, expiresAfterSeconds: 30 },
 *     { require: { attribute: 'Language', value: 'Spanish', minimumLevel: 1 } },
 *   ],
 * })
 *   .then(transferToQueue().onAtCapacity(bye).onError(bye))
 *   .onError(bye);
 * ```
 */
export const setRoutingCriteria = defineBlockBuilder(
  spec,
  (options: SetRoutingCriteriaOptions, context) => {
    if (options.criteria !== undefined && options.steps !== undefined) {
      context.problem('invalid-option', 'Give either steps or criteria, not both.');
    }
    if (options.criteria !== undefined) {
      return { parameters: { RoutingCriteria: context.value(options.criteria, 'criteria') } };
    }
    const steps = options.steps;
    if (isDynamicValue(steps)) {
      return { parameters: { RoutingCriteria: { Steps: context.value(steps, 'steps') } } };
    }
    if (!Array.isArray(steps) || steps.length === 0) {
      context.problem('invalid-option', 'Give at least one routing step, or criteria.');
      return { parameters: { RoutingCriteria: { Steps: [] } } };
    }
    return {
      parameters: {
        RoutingCriteria: {
          Steps: steps.map((step, index) =>
            encodeStep(step, index, index === steps.length - 1, context),
          ),
        },
      },
    };
  },
);

function encodeStep(
  step: RoutingStep,
  index: number,
  last: boolean,
  context: BuildContext,
): ParameterTemplate {
  const name = `steps[${index}]`;
  const requirements: readonly ProficiencyRequirement[] = Array.isArray(step.require)
    ? step.require
    : [step.require as ProficiencyRequirement];
  if (requirements.length === 0 || requirements.length > maxConditions) {
    context.problem(
      'invalid-option',
      `${name}.require takes 1 to ${maxConditions} requirements, not ${requirements.length}.`,
    );
  }
  const conditions = requirements.map((r, i) =>
    encodeCondition(
      r,
      requirements.length === 1 ? `${name}.require` : `${name}.require[${i}]`,
      context,
    ),
  );
  // One requirement is written as the plain condition, as the console's single-attribute form.
  const expression: ParameterTemplate =
    conditions.length === 1
      ? { AttributeCondition: conditions[0]! }
      : { AndExpression: conditions.map((c) => ({ AttributeCondition: c })) };
  if (step.expiresAfterSeconds === undefined) {
    if (!last) {
      context.problem(
        'invalid-option',
        `${name} needs expiresAfterSeconds: only the last step may never expire.`,
      );
    }
    return { Expression: expression };
  }
  return {
    Expression: expression,
    Expiry: {
      DurationInSeconds: context.integer(step.expiresAfterSeconds, `${name}.expiresAfterSeconds`),
    },
  };
}

function encodeCondition(
  requirement: ProficiencyRequirement,
  name: string,
  context: BuildContext,
): ParameterTemplateValue {
  const level: unknown = requirement.minimumLevel;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
    context.problem(
      'invalid-option',
      `${name}.minimumLevel is a whole number from 1 to 5, not ${JSON.stringify(level)}.`,
    );
  }
  return {
    Name: context.value(requirement.attribute, `${name}.attribute`),
    Value: context.value(requirement.value, `${name}.value`),
    // The service reads the level as a decimal number; console-style scalars are strings.
    ProficiencyLevel: typeof level === 'number' ? level.toFixed(1) : String(level),
    ComparisonOperator: 'NumberGreaterOrEqualTo',
  };
}
