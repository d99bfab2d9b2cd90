import type { ChannelMatrix } from './channels.js';
import type { Decision } from './decision.js';
import type { FlowType } from './flow-types.js';
import type { JsonSchema } from './schema/json-schema.js';

/** The four groups of the Flow-language reference, plus the types only seen in real flows. */
export type ActionCategory = 'participant' | 'contact' | 'flow-control' | 'interaction';

/** The condition operators of the Flow language. */
export const conditionOperators = [
  'Equals',
  'TextStartsWith',
  'TextEndsWith',
  'TextContains',
  'NumberGreaterThan',
  'NumberGreaterOrEqualTo',
  'NumberLessThan',
  'NumberLessOrEqualTo',
] as const;

/** A condition operator. */
export type ConditionOperator = (typeof conditionOperators)[number];

/**
 * A test on an action's own parameters, for contracts that depend on the mode an action is in
 * ("InvalidPhoneNumber exists only when StoreInput is True").
 */
export interface ParameterCondition {
  /** A parameter name, or a dotted path into nested parameters (`InputValidation.PhoneNumberValidation`). */
  readonly parameter: string;
  /** Holds when the parameter has one of these values. */
  readonly equals?: readonly string[];
  /** Holds when the parameter is present (`true`) or absent (`false`). */
  readonly present?: boolean;
  /** Holds when the parameter is absent or has none of these values. */
  readonly notEquals?: readonly string[];
}

/** One error branch an action can take. */
export interface ErrorBranchSpec {
  /** The `ErrorType` string. */
  readonly type: string;
  /** When the branch happens. */
  readonly description: string;
  /**
   * Whether a flow must connect it. `required`: always; `optional`: may be left out;
   * `conditional`: required exactly when `when` holds and not allowed otherwise.
   */
  readonly connect: 'required' | 'optional' | 'conditional';
  /** For `conditional` branches: the parameters that make the branch exist. */
  readonly when?: ParameterCondition;
}

/** What a condition operand may be. */
export type OperandRule =
  | { readonly kind: 'any' }
  | { readonly kind: 'number' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'pattern'; readonly pattern: string; readonly description: string };

/** Whether and how `Transitions.Conditions` may be used. */
export interface ConditionsContract {
  /** What the conditions compare: the action's result. */
  readonly result: string;
  readonly operators: readonly ConditionOperator[];
  readonly operand: OperandRule;
  /** Operand values that every use of the action must branch on (`True` and `False`, for example). */
  readonly requiredOperands?: readonly string[];
  /** Conditions exist only in this mode. */
  readonly when?: ParameterCondition;
}

/** What an action's `Transitions` may hold. */
export interface TransitionsContract {
  /**
   * `required`: the action continues to `NextAction` on success.
   * `optional`: it may (a Loop, a conditional action whose every outcome is a branch).
   * `forbidden`: the action ends the flow or hands the contact on; `Transitions` must be `{}`.
   */
  readonly nextAction: 'required' | 'optional' | 'forbidden';
  readonly errors: readonly ErrorBranchSpec[];
  /** `false` when the action takes no conditions. */
  readonly conditions: ConditionsContract | false;
}

/** A parameter example for the action's schema, used by the catalog's own tests and docs. */
export interface InvalidExample {
  readonly parameters: unknown;
  /** Why the schema must reject it. */
  readonly reason: string;
}

/** Everything the project knows about one Flow-language action type. */
export interface ActionSpec {
  /** The `Type` string, case-sensitive. */
  readonly type: string;
  readonly category: ActionCategory;
  /** What the action does, in one sentence. */
  readonly summary: string;
  /**
   * `documented`: in the AWS Flow-language reference. `observed`: absent from it, but written by the
   * console and accepted by the service, as seen in real exported flows.
   */
  readonly status: 'documented' | 'observed';
  /** JSON Schema of `Parameters`. */
  readonly parameters: JsonSchema;
  readonly transitions: TransitionsContract;
  /**
   * How running the action affects the contact's path, for checks on loops and paths:
   * `handsOff`: success takes the contact out of this flow (to a queue, an agent, another flow or
   * a third party) even though the action keeps transitions for its errors; `participantTurn`: the
   * flow stops while the contact hears, reads, says or waits for something.
   */
  readonly effects?: { readonly handsOff?: true; readonly participantTurn?: true };
  readonly channels: ChannelMatrix;
  /** The flow types (and `FLOW_MODULE`) in which the action may be used. */
  readonly flowTypes: readonly FlowType[];
  readonly examples: {
    readonly valid: readonly unknown[];
    readonly invalid: readonly InvalidExample[];
  };
  /** Where the facts come from (a documentation address or a guide line range). */
  readonly sources: readonly string[];
  readonly decisions?: readonly Decision[];
}

/**
 * Declares an action spec with its literal type kept, so entries read as plain data.
 *
 * @example
 * ```ts
 * import { defineAction, noParameters, allDocumentedChannels, allFlowTypes } from '@contactflow/dsl/catalog';
 * export const endFlowExecution = defineAction({
 *   type: 'EndFlowExecution',
 *   category: 'flow-control',
 *   summary: 'Ends the current flow without disconnecting the contact.',
 *   status: 'documented',
 *   parameters: noParameters,
 *   transitions: { nextAction: 'forbidden', errors: [], conditions: false },
 *   channels: allDocumentedChannels,
 *   flowTypes: allFlowTypes,
 *   examples: { valid: [{}], invalid: [{ parameters: { X: '1' }, reason: 'takes no parameters' }] },
 *   sources: [],
 * });
 * ```
 */
export function defineAction<const T extends ActionSpec>(spec: T): T {
  return spec;
}

/**
 * Whether an action ends its flow: no `NextAction`, no error branches, no conditions.
 *
 * @example
 * ```ts
 * import { actions, isTerminal } from '@contactflow/dsl/catalog';
 * isTerminal(actions.DisconnectParticipant!); // true
 * ```
 */
export function isTerminal(spec: Pick<ActionSpec, 'transitions'>): boolean {
  const { nextAction, errors, conditions } = spec.transitions;
  return nextAction === 'forbidden' && errors.length === 0 && conditions === false;
}
