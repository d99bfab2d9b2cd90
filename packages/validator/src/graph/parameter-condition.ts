import type { ParameterCondition } from '@contactflow/dsl/catalog';

function valueAt(parameters: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = parameters;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function matches(value: unknown, candidates: readonly string[]): boolean {
  // A list matches when one of its items does (Events: ["CustomerReturned"]).
  if (Array.isArray(value)) return value.some((item) => matches(item, candidates));
  return candidates.includes(String(value));
}

/**
 * Whether a catalog condition on an action's own parameters holds ("StoreInput is True").
 *
 * @example
 * ```ts
 * import { parameterConditionHolds } from '@contactflow/validator';
 * parameterConditionHolds({ parameter: 'StoreInput', equals: ['True'] }, { StoreInput: 'True' }); // true
 * ```
 */
export function parameterConditionHolds(
  condition: ParameterCondition,
  parameters: Readonly<Record<string, unknown>>,
): boolean {
  const value = valueAt(parameters, condition.parameter);
  if (condition.present !== undefined && (value !== undefined) !== condition.present) return false;
  if (
    condition.equals !== undefined &&
    (value === undefined || !matches(value, condition.equals))
  ) {
    return false;
  }
  if (
    condition.notEquals !== undefined &&
    value !== undefined &&
    matches(value, condition.notEquals)
  ) {
    return false;
  }
  return true;
}
