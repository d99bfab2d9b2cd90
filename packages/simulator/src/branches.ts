import { conditionHolds, isConditionOperator } from './conditions.js';
import type { SimAction, SimCondition } from './load-flow.js';
import { wholePath } from './json-path.js';
import { SimulationError } from './simulation-error.js';

/** How a path or a run can end inside one flow. */
export type EndKind =
  'disconnected' | 'queue' | 'agent' | 'phone-number' | 'flow' | 'ended' | 'returned' | 'waiting';

/**
 * What an action's success does, for path enumeration and branch coverage: continue at
 * `NextAction`, branch on a result with the conditions, or end the flow (a terminal block, or a
 * transfer that hands the contact on).
 */
export interface BranchShape {
  readonly success: 'next' | 'result' | 'end';
  /** For `result`: the values the result can take, when they are a fixed set. */
  readonly results?: readonly string[];
  /** For `end`: how the flow ends. */
  readonly end?: EndKind;
  /** For `result`: what the conditions compare, in words (`the key pressed`, `$.Attributes.tier`). */
  readonly subject?: string;
}

/** One way out of an action, as paths and coverage list them. */
export interface Branch {
  readonly kind: 'next' | 'condition' | 'no-match' | 'error' | 'end';
  /** The label a trace step writes when the run takes this branch. */
  readonly label: string;
  /** Where it leads; `undefined` when it is not connected (or for `end`). */
  readonly target: string | undefined;
  /** For `end`. */
  readonly end?: EndKind;
  /** The condition under which the branch is taken, in words. */
  readonly when: string;
}

/** The label of the `NextAction` branch. */
export const nextLabel = 'NextAction';
/** The label of a step that ended the run or handed the contact on. */
export const endLabel = 'End';

/**
 * The label of a condition branch: the operator and its operands.
 *
 * @example
 * ```ts
 * import { conditionLabel } from '@contactflow/simulator';
 * conditionLabel({ operator: 'Equals', operands: ['1'], target: 'next' }); // 'Equals "1"'
 * ```
 */
export function conditionLabel(condition: SimCondition): string {
  return `${condition.operator} ${condition.operands.map((o) => JSON.stringify(o)).join(', ')}`;
}

/**
 * The label of an error branch.
 *
 * @example
 * ```ts
 * import { errorLabel } from '@contactflow/simulator';
 * errorLabel('InputTimeLimitExceeded'); // 'Error InputTimeLimitExceeded'
 * ```
 */
export function errorLabel(errorType: string): string {
  return `Error ${errorType}`;
}

/** The branch a run takes, and whether it is connected. */
export interface ChosenBranch {
  readonly label: string;
  readonly target: string | undefined;
  /** Why this branch, when it is not the obvious one (a fallback to NoMatchingError, ...). */
  readonly note?: string;
}

function errorTarget(action: SimAction, type: string): { target: string | undefined } | undefined {
  const entry = action.errors.find((error) => error.type === type);
  return entry === undefined ? undefined : { target: entry.target };
}

function operatorOf(action: SimAction, condition: SimCondition, index: number) {
  if (!isConditionOperator(condition.operator)) {
    throw new SimulationError(
      'invalid-flow',
      `Condition ${index + 1} of action "${action.id}" (${action.type}) has operator "${condition.operator}", which the Flow language does not have.`,
      action.id,
    );
  }
  return condition.operator;
}

/**
 * The branch an action takes on success: `NextAction`.
 *
 * @example
 * ```ts
 * import { successBranch } from '@contactflow/simulator';
 * successBranch({ id: 'a', type: 'Wait', parameters: {}, next: 'b', errors: [], conditions: [] }).target; // 'b'
 * ```
 */
export function successBranch(action: SimAction): ChosenBranch {
  return { label: nextLabel, target: action.next };
}

/**
 * The branch an action takes on an error: its own branch for the type, else the NoMatchingError
 * branch, which the Flow language defines as the one for any error not listed.
 *
 * @example
 * ```ts
 * import { errorBranch } from '@contactflow/simulator';
 * const action = { id: 'a', type: 'Wait', parameters: {}, next: undefined, conditions: [],
 *   errors: [{ type: 'NoMatchingError', target: 'sorry' }] };
 * errorBranch(action, 'ParticipantNotFound').label; // 'Error NoMatchingError'
 * ```
 */
export function errorBranch(action: SimAction, errorType: string): ChosenBranch {
  const own = errorTarget(action, errorType);
  if (own !== undefined) return { label: errorLabel(errorType), ...own };
  if (errorType !== 'NoMatchingError') {
    const generic = errorTarget(action, 'NoMatchingError');
    if (generic !== undefined) {
      return {
        label: errorLabel('NoMatchingError'),
        ...generic,
        note: `${errorType} has no branch of its own; NoMatchingError taken`,
      };
    }
  }
  return { label: errorLabel(errorType), target: undefined };
}

/**
 * The branch an action takes for a result: the first condition that holds, in order; when none
 * does, the NoMatchingCondition branch, else `NextAction` (older exports write the default there).
 * Operands that are JSONPaths are resolved with `resolveOperand`.
 *
 * @example
 * ```ts
 * import { resultBranch } from '@contactflow/simulator';
 * const action = { id: 'menu', type: 'GetParticipantInput', parameters: {}, next: undefined, errors: [],
 *   conditions: [{ operator: 'Equals', operands: ['1'], target: 'sales' }] };
 * resultBranch(action, '1', (operand) => operand).target; // 'sales'
 * ```
 */
export function resultBranch(
  action: SimAction,
  result: unknown,
  resolveOperand: (operand: string) => string,
): ChosenBranch {
  for (const [index, condition] of action.conditions.entries()) {
    const operator = operatorOf(action, condition, index);
    if (
      condition.operands.some((operand) =>
        conditionHolds(operator, resolveOperand(operand), result),
      )
    ) {
      return { label: conditionLabel(condition), target: condition.target };
    }
  }
  const noMatch = errorTarget(action, 'NoMatchingCondition');
  if (noMatch !== undefined) return { label: errorLabel('NoMatchingCondition'), ...noMatch };
  if (action.next !== undefined) return { label: nextLabel, target: action.next };
  return { label: errorLabel('NoMatchingCondition'), target: undefined };
}

function staticallyHolds(
  action: SimAction,
  condition: SimCondition,
  index: number,
  result: string,
): boolean {
  const operator = operatorOf(action, condition, index);
  // An operand read at run time may equal anything.
  return condition.operands.some(
    (operand) => wholePath(operand) !== undefined || conditionHolds(operator, operand, result),
  );
}

/**
 * Every branch an action can take, given its shape: the conditions its results can reach, the
 * default when no condition may match, every error branch the document gives it, `NextAction`
 * when success continues, and the end when success ends the flow.
 *
 * @example
 * ```ts
 * import { outgoingBranches } from '@contactflow/simulator';
 * const loop = { id: 'retry', type: 'Loop', parameters: { LoopCount: '3' }, next: 'bye', errors: [],
 *   conditions: [
 *     { operator: 'Equals', operands: ['ContinueLooping'], target: 'menu' },
 *     { operator: 'Equals', operands: ['DoneLooping'], target: 'bye' },
 *   ] };
 * outgoingBranches(loop, { success: 'result', results: ['ContinueLooping', 'DoneLooping'] }).length; // 2
 * ```
 */
export function outgoingBranches(action: SimAction, shape: BranchShape): Branch[] {
  const branches: Branch[] = [];
  let noMatchPossible = false;
  if (shape.success === 'end') {
    branches.push({
      kind: 'end',
      label: endLabel,
      target: undefined,
      end: shape.end ?? 'ended',
      when: 'success',
    });
  } else if (shape.success === 'next') {
    branches.push({ kind: 'next', label: nextLabel, target: action.next, when: 'success' });
  } else {
    const subject = shape.subject ?? 'the result';
    const reached = new Set<number>();
    if (shape.results === undefined) {
      action.conditions.forEach((_, index) => reached.add(index));
      noMatchPossible = true;
    } else {
      for (const result of shape.results) {
        const index = action.conditions.findIndex((condition, i) =>
          staticallyHolds(action, condition, i, result),
        );
        if (index < 0) noMatchPossible = true;
        else reached.add(index);
      }
    }
    action.conditions.forEach((condition, index) => {
      if (!reached.has(index)) return;
      const label = conditionLabel(condition);
      branches.push({
        kind: 'condition',
        label,
        target: condition.target,
        when: `${subject} ${label}`,
      });
    });
    if (noMatchPossible && errorTarget(action, 'NoMatchingCondition') === undefined) {
      branches.push({
        kind: 'no-match',
        label: nextLabel,
        target: action.next,
        when: `no condition on ${subject} holds`,
      });
    }
  }
  const seen = new Set<string>();
  for (const error of action.errors) {
    if (seen.has(error.type)) continue;
    seen.add(error.type);
    const isNoMatch = error.type === 'NoMatchingCondition' && shape.success === 'result';
    if (isNoMatch && !noMatchPossible) continue;
    branches.push({
      kind: isNoMatch ? 'no-match' : 'error',
      label: errorLabel(error.type),
      target: error.target,
      when: isNoMatch
        ? `no condition on ${shape.subject ?? 'the result'} holds`
        : `error ${error.type}`,
    });
  }
  return branches;
}
