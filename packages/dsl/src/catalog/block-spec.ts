import type { ChannelMatrix } from './channels.js';
import type { Decision } from './decision.js';
import type { FlowType } from './flow-types.js';
import type { ConditionOperator, ParameterCondition } from './action-spec.js';

/**
 * Where a console branch goes in the Flow language.
 *
 * - `next`: `Transitions.NextAction` (the console's "Success").
 * - `error`: the `Transitions.Errors` entry with this `errorType`.
 * - `condition`: one fixed `Transitions.Conditions` entry (`Equals True` is "In hours").
 * - `conditions`: the user's own conditions, one branch each ("Pressed 1", an intent name).
 */
export type BranchTarget =
  | { readonly kind: 'next' }
  | { readonly kind: 'error'; readonly errorType: string }
  | {
      readonly kind: 'condition';
      readonly operator: ConditionOperator;
      readonly operand: string;
    }
  | { readonly kind: 'conditions' };

/** One output branch of a console block. */
export interface BranchSpec {
  /** The label the console shows ("Success", "Timeout", "At capacity"). */
  readonly name: string;
  /** The builder method that connects it (`then`, `onTimeout`, `onAtCapacity`, `when`). */
  readonly method: string;
  readonly target: BranchTarget;
  readonly description: string;
}

/**
 * One way a block compiles. Most blocks have one; some have a mode per action type (Get customer
 * input: DTMF or Lex; Transfer to queue: queue, customer queue flow or callback).
 */
export interface BlockVariant {
  /** A short kebab-case name of the mode (`dtmf`, `lex`, `callback`). */
  readonly mode: string;
  readonly actionType: string;
  /** Parameters every action of this mode carries (`{ "StoreInput": "True" }`). */
  readonly preset?: Readonly<Record<string, unknown>>;
  /**
   * How an existing action is recognised as this mode, when its type alone does not tell
   * (all must hold). Import and validation use it to name the block an action came from.
   */
  readonly match?: readonly ParameterCondition[];
  /** When this mode applies. */
  readonly description: string;
  /** The branches this mode shows; the block's branches when absent. */
  readonly branches?: readonly BranchSpec[];
  /** The flow types this mode is used in; the block's flow types when absent. */
  readonly flowTypes?: readonly FlowType[];
}

/** Everything the project knows about one console flow block. */
export interface BlockSpec {
  /** Stable kebab-case id (`get-customer-input`). */
  readonly id: string;
  /** The name in the English console ("Get customer input"). */
  readonly name: string;
  /** The builder function that creates it (`getCustomerInput`). */
  readonly builder: string;
  readonly summary: string;
  /** Ways the block compiles; the first is the default. */
  readonly variants: readonly BlockVariant[];
  /** The branches as the console shows them (terminal blocks have none). */
  readonly branches: readonly BranchSpec[];
  readonly flowTypes: readonly FlowType[];
  readonly channels: ChannelMatrix;
  /** Guide line ranges and documentation addresses. */
  readonly sources: readonly string[];
  readonly decisions?: readonly Decision[];
}

/**
 * Declares a block spec with its literal types kept.
 *
 * @example
 * ```ts
 * import { defineBlock, supportedOn, allFlowTypes } from '@contactflow/dsl/catalog';
 * export const endFlow = defineBlock({
 *   id: 'end-flow-resume',
 *   name: 'End flow / Resume',
 *   builder: 'endFlow',
 *   summary: 'Ends the current flow.',
 *   variants: [{ mode: 'end', actionType: 'EndFlowExecution', description: 'Always.' }],
 *   branches: [],
 *   flowTypes: allFlowTypes,
 *   channels: supportedOn(['VOICE', 'CHAT', 'TASK']),
 *   sources: ['L30272-30323'],
 * });
 * ```
 */
export function defineBlock<const T extends BlockSpec>(spec: T): T {
  return spec;
}

/**
 * Declares a branch spec with its literal types kept, so that the builder can give each block node
 * exactly the methods of its branches.
 *
 * @example
 * ```ts
 * import { defineBranch } from '@contactflow/dsl/catalog';
 * export const timeout = defineBranch({
 *   name: 'Timeout',
 *   method: 'onTimeout',
 *   target: { kind: 'error', errorType: 'InputTimeLimitExceeded' },
 *   description: 'The customer did not answer in time.',
 * });
 * ```
 */
export function defineBranch<const T extends BranchSpec>(spec: T): T {
  return spec;
}
