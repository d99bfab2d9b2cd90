import {
  blockModesOf as catalogBlockModesOf,
  findAction,
  type BlockMode,
  type Channel,
  type ChannelSupport,
  type FlowType,
} from '@contactflow/dsl/catalog';
import type { ActionShape } from './flow-shape.js';

export type { BlockMode } from '@contactflow/dsl/catalog';

// Several rules ask for each action's modes, and finding them scans every block of the catalog;
// an action shape belongs to one validation, so they are found once for it.
const modesOfShape = new WeakMap<ActionShape, readonly BlockMode[]>();

/** The block modes the action can have come from (see the catalog's `blockModesOf`). */
export function blockModesOf(action: ActionShape): readonly BlockMode[] {
  let modes = modesOfShape.get(action);
  if (modes === undefined) {
    modes = catalogBlockModesOf(action.type, action.parameters);
    modesOfShape.set(action, modes);
  }
  return modes;
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** How the action is named in messages: "a Play prompt block (MessageParticipant)", else by type. */
export function blockNameOf(action: ActionShape, modes: readonly BlockMode[]): string {
  const names = [...new Set(modes.map((mode) => mode.block.name))];
  if (names.length === 0) return withArticle(`${action.type ?? 'typeless'} action`);
  return withArticle(`${names.join(' / ')} block (${action.type ?? '?'})`);
}

/**
 * The flow types the action may be used in: those of the block modes it matches (a mode's own list
 * first, else its block's), else those of its action type. `undefined` for a type the catalog does
 * not know.
 */
export function allowedFlowTypes(
  action: ActionShape,
  modes: readonly BlockMode[] = blockModesOf(action),
): readonly FlowType[] | undefined {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  if (spec === undefined) return undefined;
  if (modes.length === 0) return spec.flowTypes;
  const allowed = new Set<FlowType>();
  for (const { block, variant } of modes) {
    for (const type of variant.flowTypes ?? block.flowTypes) allowed.add(type);
  }
  return [...allowed];
}

const strictness: Readonly<Record<ChannelSupport['support'], number>> = {
  yes: 0,
  unknown: 1,
  conditional: 2,
  no: 3,
};

/**
 * How the action behaves on a channel. The action type's matrix holds for every use of the type and
 * a block's for every mode of that block, so the stricter of the two is the one for this action.
 * When the action matches several blocks, the most lenient of them wins: a rule must not assume the
 * mode that fails. `undefined` for a type the catalog does not know.
 */
export function channelSupportOf(
  action: ActionShape,
  channel: Channel,
  modes: readonly BlockMode[] = blockModesOf(action),
): ChannelSupport | undefined {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  if (spec === undefined) return undefined;
  const fromType = spec.channels[channel];
  if (modes.length === 0) return fromType;
  const fromBlocks = modes
    .map(({ block }) => block.channels[channel])
    .reduce((a, b) => (strictness[b.support] < strictness[a.support] ? b : a));
  const order = strictness[fromType.support] - strictness[fromBlocks.support];
  // On a tie the block says more (the branch the console shows), unless it names no branch.
  if (order === 0) return fromBlocks.onUnsupported === undefined ? fromType : fromBlocks;
  return order > 0 ? fromType : fromBlocks;
}
