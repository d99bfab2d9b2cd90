import {
  conditionOperators,
  findAction,
  isTerminal,
  type BlockSpec,
  type BlockVariant,
  type ConditionOperator,
  type Transition,
} from '@contactflow/dsl';
import { mirroredBranch } from '../encode-transitions.js';
import { helperFor } from './dynamic-value-source.js';
import { Unexpressible, type JsonObject } from './decode-context.js';
import type { InputAction, InputCondition } from './read-flow-input.js';

/** What a `.when(...)` call is given besides the target. */
export type ConditionArgument =
  /** A plain value, compared with `Equals`: `.when('1', next)`. */
  | { readonly kind: 'equals'; readonly operand: string }
  /** An `is.*` helper: `.when(is.greaterThan(5), next)`. */
  | { readonly kind: 'is'; readonly operator: ConditionOperator; readonly operand: string }
  /** A dynamic value compared with `Equals` (Check contact attributes). */
  | { readonly kind: 'dynamic'; readonly path: string }
  /** A share of contacts in percent (Distribute by percentage). */
  | { readonly kind: 'share'; readonly percent: number };

/** One branch method call on a node: `.then(next)`, `.when('1', next)`, `.onError(type, next)`. */
export interface BranchCall {
  readonly method: string;
  readonly argument?: ConditionArgument;
  /** For `raw(...)`'s `.onError(errorType, next)`. */
  readonly errorType?: string;
  /** For `raw(...)`'s `.whenVerbatim(condition, next)`: the `Condition` as the document has it. */
  readonly verbatim?: JsonObject;
  /** The identifier of the target action. */
  readonly target: string;
}

function isOperator(operator: string): operator is ConditionOperator {
  return (conditionOperators as readonly string[]).includes(operator);
}

/** A condition for messages: as the document writes it. */
export function conditionText(condition: InputCondition): string {
  return JSON.stringify(condition.condition);
}

function knownOperator(condition: InputCondition): ConditionOperator {
  const { operator } = condition;
  if (operator === undefined) throw new Unexpressible('a condition has no Operator');
  if (!isOperator(operator)) throw new Unexpressible(`${operator} is not a condition operator`);
  return operator;
}

function plainArgument(condition: InputCondition, operand: string): ConditionArgument {
  const operator = knownOperator(condition);
  return operator === 'Equals' ? { kind: 'equals', operand } : { kind: 'is', operator, operand };
}

function singleOperand(condition: InputCondition): string {
  const { operands } = condition;
  if (operands === undefined) throw new Unexpressible('a condition has no Operands list');
  const [operand, ...rest] = operands;
  if (typeof operand !== 'string' || rest.length > 0) {
    throw new Unexpressible(
      `a condition has ${operands.length === 1 ? 'an operand that is not text' : `${operands.length} operands`}, and builder conditions take one`,
    );
  }
  return operand;
}

// Distribute by percentage writes cumulative thresholds: shares of 20 and 40 are "less than 21" and
// "less than 61". Read back, each share is its threshold minus the one before, from a start of 1.
function shares(conditions: readonly InputCondition[]): BranchCall[] {
  const thresholds = conditions.map((condition) => {
    const operand = singleOperand(condition);
    if (condition.operator !== 'NumberLessThan' || !/^[1-9][0-9]*$/.test(operand)) {
      throw new Unexpressible(`the condition ${condition.operator} ${operand} is not a share`);
    }
    return { threshold: Number(operand), target: condition.target };
  });
  thresholds.sort((a, b) => a.threshold - b.threshold);
  let previous = 1;
  return thresholds.map(({ threshold, target }) => {
    const percent = threshold - previous;
    previous = threshold;
    return { method: 'when', argument: { kind: 'share', percent }, target };
  });
}

function whenArgument(block: BlockSpec, condition: InputCondition): ConditionArgument {
  const operand = singleOperand(condition);
  if (block.id === 'check-queue-status') {
    // Its `.when` takes only `is.*` conditions: the console offers comparisons there.
    return { kind: 'is', operator: knownOperator(condition), operand };
  }
  if (
    block.id === 'check-contact-attributes' &&
    condition.operator === 'Equals' &&
    operand.startsWith('$.') &&
    helperFor(operand) !== undefined
  ) {
    return { kind: 'dynamic', path: operand };
  }
  return plainArgument(condition, operand);
}

/**
 * The branch method calls that connect a block the way the action's transitions say, in the order
 * the compiler writes them back: `.then`, the conditions, the error branches, each in document
 * order. Throws {@link Unexpressible} when the block has no branch for a transition.
 */
export function blockBranchCalls(
  block: BlockSpec,
  variant: BlockVariant,
  action: InputAction,
): BranchCall[] {
  const branches = variant.branches ?? block.branches;
  const calls: BranchCall[] = [];
  const thenBranch = branches.find((b) => b.target.kind === 'next');
  if (action.next !== undefined && thenBranch !== undefined) {
    calls.push({ method: thenBranch.method, target: action.next });
  }
  const free: InputCondition[] = [];
  for (const condition of action.conditions) {
    const fixed = branches.find(
      (b) =>
        b.target.kind === 'condition' &&
        b.target.operator === condition.operator &&
        condition.operands?.length === 1 &&
        b.target.operand === condition.operands[0],
    );
    if (fixed !== undefined) calls.push({ method: fixed.method, target: condition.target });
    else free.push(condition);
  }
  if (free.length > 0) {
    const when = branches.find((b) => b.target.kind === 'conditions');
    if (when === undefined) {
      throw new Unexpressible(
        `the block has no branch for the condition ${conditionText(free[0]!)}`,
      );
    }
    if (block.id === 'distribute-by-percentage') calls.push(...shares(free));
    else {
      for (const condition of free) {
        calls.push({
          method: when.method,
          argument: whenArgument(block, condition),
          target: condition.target,
        });
      }
    }
  }
  for (const error of action.errors) {
    const branch = branches.find(
      (b) => b.target.kind === 'error' && b.target.errorType === error.errorType,
    );
    if (branch === undefined) throw new Unexpressible(`the block has no ${error.errorType} branch`);
    calls.push({ method: branch.method, target: error.target });
  }
  if (action.next !== undefined && thenBranch === undefined && branches.length > 0) {
    if (mirroredTarget(action) !== action.next) {
      calls.push({ method: 'nextAction', target: action.next });
    }
  }
  return calls;
}

// Where the compiler would point NextAction for these transitions, had the source no .nextAction().
function mirroredTarget(action: InputAction): string | undefined {
  const branches: { transition: Transition; target: string }[] = [
    ...action.errors.map((e) => ({
      transition: { kind: 'error', errorType: e.errorType } as const,
      target: e.target,
    })),
    ...action.conditions.flatMap((c) =>
      c.operator !== undefined && c.operands?.length === 1 && typeof c.operands[0] === 'string'
        ? [
            {
              transition: {
                kind: 'condition',
                condition: { operator: c.operator as ConditionOperator, operand: c.operands[0] },
              } as const,
              target: c.target,
            },
          ]
        : [],
    ),
  ];
  return mirroredBranch(branches)?.target;
}

/** What `raw(...)` can connect of an action's transitions, and what it cannot. */
export interface RawBranchCalls {
  readonly calls: readonly BranchCall[];
  /** Transitions left out, each said in a sentence. */
  readonly omitted: readonly string[];
  /** Conditions connected with `.whenVerbatim(...)`, each said in a sentence with the reason. */
  readonly verbatim: readonly string[];
}

/**
 * The calls that connect a `raw(...)` node as the action's transitions say. A condition `.when`
 * cannot say (two operands, an unknown operator, no operator) is connected with `.whenVerbatim`
 * and named in `verbatim`; the transitions of an action that ends the flow are left out and named
 * in `omitted`.
 */
export function rawBranchCalls(action: InputAction): RawBranchCalls {
  const calls: BranchCall[] = [];
  const omitted: string[] = [];
  const verbatim: string[] = [];
  const spec = findAction(action.type);
  if (spec !== undefined && isTerminal(spec)) {
    if (action.next !== undefined || action.errors.length > 0 || action.conditions.length > 0) {
      omitted.push(`${action.type} ends the flow, so its transitions are left out`);
    }
    return { calls, omitted, verbatim };
  }
  if (action.next !== undefined) calls.push({ method: 'then', target: action.next });
  for (const condition of action.conditions) {
    try {
      // The operator first: a condition without one says so rather than that it lacks operands.
      knownOperator(condition);
      calls.push({
        method: 'when',
        argument: plainArgument(condition, singleOperand(condition)),
        target: condition.target,
      });
    } catch (error) {
      if (!(error instanceof Unexpressible)) throw error;
      calls.push({
        method: 'whenVerbatim',
        verbatim: condition.condition,
        target: condition.target,
      });
      verbatim.push(
        `the condition ${conditionText(condition)} is written as it is with whenVerbatim(), as ${error.message}`,
      );
    }
  }
  for (const error of action.errors) {
    calls.push({ method: 'onError', errorType: error.errorType, target: error.target });
  }
  return { calls, omitted, verbatim };
}
