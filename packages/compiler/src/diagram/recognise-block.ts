import {
  blockModesOf,
  type BlockSpec,
  type BlockVariant,
  type BranchSpec,
} from '@contactflow/dsl/catalog';

/** The console block, and the mode of it, that an action was made with. */
export interface RecognisedBlock {
  readonly block: BlockSpec;
  readonly variant: BlockVariant;
  /** The branches this mode shows in the console. */
  readonly branches: readonly BranchSpec[];
}

/**
 * The first block mode whose action type is the action's and whose `match` conditions its
 * parameters meet, in the catalog's block order; `undefined` when no block makes such an action.
 */
export function recogniseBlock(
  type: string | undefined,
  parameters: Readonly<Record<string, unknown>>,
): RecognisedBlock | undefined {
  const [first] = blockModesOf(type, parameters);
  if (first === undefined) return undefined;
  const { block, variant } = first;
  return { block, variant, branches: variant.branches ?? block.branches };
}
