import { canonicalJson } from './canonical-json.js';
import { isJsonObject } from './diff-values.js';

/** One entry of `Errors` or `Conditions`, under the key that matches it across two flows. */
export interface Branch {
  /** The error type, or the operator and operands (`Equals "2"`); ` #2`, ` #3` added to a repeated key. */
  readonly key: string;
  /** Where the branch leads. */
  readonly next: unknown;
  /** The entry's other fields beside the key and `NextAction`, which are rare. */
  readonly rest: Readonly<Record<string, unknown>>;
  /** Whether the condition's operator is one of the comparisons whose order can matter. */
  readonly ordered: boolean;
}

/**
 * How a condition reads: `Equals "2"`, `NumberLessThan "30"`. A condition of another shape shows
 * as its JSON text.
 */
export function conditionKey(condition: unknown): string {
  if (isJsonObject(condition) && typeof condition.Operator === 'string') {
    const operands = Array.isArray(condition.Operands) ? condition.Operands : [];
    const shown = operands.map((operand) =>
      typeof operand === 'string' ? JSON.stringify(operand) : canonicalJson(operand),
    );
    const extra = Object.keys(condition).some((key) => key !== 'Operator' && key !== 'Operands');
    if (Array.isArray(condition.Operands) && !extra) {
      return [condition.Operator, shown.join(', ')].filter((part) => part !== '').join(' ');
    }
  }
  return canonicalJson(condition);
}

/** The entries of `Transitions.Errors`, keyed by `ErrorType`. */
export function errorBranches(errors: unknown): Branch[] {
  return branches(errors, (entry) => {
    const { ErrorType, NextAction, ...rest } = entry;
    return {
      key: typeof ErrorType === 'string' ? ErrorType : canonicalJson(ErrorType),
      next: NextAction,
      rest,
      ordered: false,
    };
  });
}

/**
 * The entries of `Transitions.Conditions`, keyed by operator and operands. The first condition
 * that holds wins, so order matters only where two conditions can hold at once: conditions other
 * than `Equals` are marked `ordered`.
 */
export function conditionBranches(conditions: unknown): Branch[] {
  return branches(conditions, (entry) => {
    const { Condition, NextAction, ...rest } = entry;
    const ordered = !(isJsonObject(Condition) && Condition.Operator === 'Equals');
    return { key: conditionKey(Condition), next: NextAction, rest, ordered };
  });
}

function branches(
  list: unknown,
  read: (entry: Readonly<Record<string, unknown>>) => Branch,
): Branch[] {
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  return list.map((item: unknown) => {
    const branch = isJsonObject(item)
      ? read(item)
      : { key: canonicalJson(item), next: undefined, rest: {}, ordered: true };
    // A repeated key is a defect of the flow, but both entries must still be compared.
    const count = (seen.get(branch.key) ?? 0) + 1;
    seen.set(branch.key, count);
    return count === 1 ? branch : { ...branch, key: `${branch.key} #${count}` };
  });
}
