import {
  blocks,
  type BlockSpec,
  type BlockVariant,
  type BranchSpec,
  type ParameterCondition,
} from '@contactflow/dsl/catalog';

/** The console block, and the mode of it, that an action was made with. */
export interface RecognisedBlock {
  readonly block: BlockSpec;
  readonly variant: BlockVariant;
  /** The branches this mode shows in the console. */
  readonly branches: readonly BranchSpec[];
}

const allBlocks: readonly BlockSpec[] = Object.values(blocks);

function valueAt(parameters: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = parameters;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function matches(value: unknown, candidates: readonly string[]): boolean {
  if (Array.isArray(value)) return value.some((item) => matches(item, candidates));
  return candidates.includes(String(value));
}

function holds(
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

/**
 * The first block mode whose action type is the action's and whose `match` conditions its
 * parameters meet, in the catalog's block order; `undefined` when no block makes such an action.
 * The same test as the validator's, kept here because the compiler does not depend on it.
 */
export function recogniseBlock(
  type: string | undefined,
  parameters: Readonly<Record<string, unknown>>,
): RecognisedBlock | undefined {
  if (type === undefined) return undefined;
  for (const block of allBlocks) {
    for (const variant of block.variants) {
      if (variant.actionType !== type) continue;
      if ((variant.match ?? []).every((condition) => holds(condition, parameters))) {
        return { block, variant, branches: variant.branches ?? block.branches };
      }
    }
  }
  return undefined;
}
