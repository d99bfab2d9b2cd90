import { buildFlowGraph } from './flow-graph.js';
import type { ActionShape, TransitionShape } from './flow-shape.js';

/**
 * The loops that remain among some of a flow's actions once the others, and optionally some
 * transitions, are taken out: the strongly connected components with a cycle of what is left.
 * Returns the original actions, each loop in document order.
 */
export function loopsAmong(
  kept: readonly ActionShape[],
  keepTransition: (action: ActionShape, transition: TransitionShape) => boolean = () => true,
): ActionShape[][] {
  // The graph code indexes its tables by action index, so the subset is renumbered; transitions to
  // actions left out find no target there and are dropped.
  const renumbered = kept.map((action, index) => ({
    ...action,
    index,
    transitions: action.transitions.filter((transition) => keepTransition(action, transition)),
  }));
  const sub = buildFlowGraph({ startAction: undefined, actions: renumbered });
  return sub.loops.map((loop) => loop.map((action) => kept[action.index]!));
}
