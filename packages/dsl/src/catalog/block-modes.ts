import type { ParameterCondition } from './action-spec.js';
import type { BlockSpec, BlockVariant } from './block-spec.js';
import { blocks } from './catalog.js';

function valueAt(parameters: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = parameters;
  for (const key of path.split('.')) {
    // Own keys only: a parameter named like an object member (constructor) is not a value.
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function matches(value: unknown, candidates: readonly string[]): boolean {
  // A list matches when one of its items does (Events: ["CustomerReturned"]).
  if (Array.isArray(value)) return value.some((item) => matches(item, candidates));
  // Only text, numbers and flags match; an object (whose `toString` may be anything) never does.
  return (typeof value !== 'object' || value === null) && candidates.includes(String(value));
}

/**
 * Whether a catalog condition on an action's own parameters holds ("StoreInput is True").
 *
 * @example
 * ```ts
 * import { parameterConditionHolds } from '@contactflow/dsl/catalog';
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
  return !(
    condition.notEquals !== undefined &&
    value !== undefined &&
    matches(value, condition.notEquals)
  );
}

/** A console block, and the mode of it, that an action can have come from. */
export interface BlockMode {
  readonly block: BlockSpec;
  readonly variant: BlockVariant;
}

const allBlocks: readonly BlockSpec[] = Object.values(blocks);

/**
 * The block modes, in catalog order, whose action type is the given one and whose `match`
 * conditions the parameters meet: usually one; none when no block makes such an action, several
 * when blocks share an action shape. The validator, the importer and the diagrams all recognise
 * blocks with it.
 *
 * @example
 * ```ts
 * import { blockModesOf } from '@contactflow/dsl/catalog';
 * blockModesOf('GetParticipantInput', { StoreInput: 'True' })[0]?.block.id; // 'store-customer-input'
 * ```
 */
export function blockModesOf(
  type: string | undefined,
  parameters: Readonly<Record<string, unknown>>,
): BlockMode[] {
  if (type === undefined) return [];
  return allBlocks.flatMap((block) =>
    block.variants
      .filter(
        (variant) =>
          variant.actionType === type &&
          (variant.match ?? []).every((condition) =>
            parameterConditionHolds(condition, parameters),
          ),
      )
      .map((variant) => ({ block, variant })),
  );
}
