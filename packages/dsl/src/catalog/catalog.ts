import type { ActionSpec } from './action-spec.js';
import { actionList } from './actions/index.js';
import type { BlockSpec } from './block-spec.js';
import { blockList } from './blocks/index.js';

/** Every Flow-language `Type` string the catalog knows. */
export type ActionType = (typeof actionList)[number]['type'];

/** Every console block id. */
export type BlockId = (typeof blockList)[number]['id'];

/** An action spec with the console blocks that compile to it. */
export interface CatalogAction extends ActionSpec {
  /** Ids of the blocks whose variants use this action type. */
  readonly blocks: readonly BlockId[];
}

function byName<T>(entries: readonly T[], key: (entry: T) => string): T[] {
  return [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const sortedBlocks: readonly BlockSpec[] = byName<BlockSpec>(blockList, (block) => block.id);

/**
 * Every console block, keyed by its id, in id order.
 *
 * @example
 * ```ts
 * import { blocks } from '@contactflow/dsl/catalog';
 * blocks['get-customer-input'].builder; // 'getCustomerInput'
 * ```
 */
export const blocks = Object.freeze(
  Object.fromEntries(sortedBlocks.map((block) => [block.id, block])),
) as Readonly<Record<BlockId, BlockSpec>>;

/**
 * Every Flow-language action type, keyed by its `Type` string, in alphabetical order.
 *
 * @example
 * ```ts
 * import { actions } from '@contactflow/dsl/catalog';
 * actions.GetParticipantInput.blocks; // ['get-customer-input', 'store-customer-input']
 * ```
 */
export const actions = Object.freeze(
  Object.fromEntries(
    byName<ActionSpec>(actionList, (action) => action.type).map(
      (action): [string, CatalogAction] => [
        action.type,
        {
          ...action,
          blocks: sortedBlocks
            .filter((block) => block.variants.some((variant) => variant.actionType === action.type))
            .map((block) => block.id as BlockId),
        },
      ],
    ),
  ),
) as Readonly<Record<ActionType, CatalogAction>>;

const actionsByType = new Map<string, CatalogAction>(Object.entries(actions));
const blocksById = new Map<string, BlockSpec>(Object.entries(blocks));

/**
 * Looks up an action type from untrusted text; `undefined` when the catalog does not know it.
 * Safe for any string, `"constructor"` and `"__proto__"` included.
 *
 * @example
 * ```ts
 * import { findAction } from '@contactflow/dsl/catalog';
 * findAction('Compare')?.category; // 'flow-control'
 * findAction('SetVoice'); // undefined
 * ```
 */
export function findAction(type: string): CatalogAction | undefined {
  return actionsByType.get(type);
}

/**
 * Looks up a block by id; `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { findBlock } from '@contactflow/dsl/catalog';
 * findBlock('play-prompt')?.name; // 'Play prompt'
 * ```
 */
export function findBlock(id: string): BlockSpec | undefined {
  return blocksById.get(id);
}
