import { distributeByPercentage as spec } from '../catalog/blocks/distribute-by-percentage.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { Condition } from '../builder/condition.js';
import { FlowNode } from '../builder/flow-node.js';

/** Options of {@link distributeByPercentage}: none; the shares are given with `.when(...)`. */
export type DistributeByPercentageOptions = Record<string, never>;

// The action draws a number from 1 to 100 and takes the first branch whose threshold is above it:
// 20% then 40% are "less than 21" (1-20) and "less than 61" (21-60), the ranges of the guide's
// example (L30246-30258). No threshold may exceed 100, so the shares leave Default at least 1%.
const firstDraw = 1;
const lastThreshold = 100;

/** The next share's condition: its threshold is the running total of the node's shares so far. */
function share(percent: number, node: FlowNode): Condition {
  if (!Number.isInteger(percent) || percent < 1) {
    FlowNode.report(node, {
      code: 'invalid-option',
      severity: 'error',
      message: `A share is a whole percentage from 1 to 99, not ${JSON.stringify(percent)}.`,
    });
    // Claims nothing, and keeps its own label so it does not replace the previous branch.
    return { operator: 'NumberLessThan', operand: String(percent) };
  }
  const thresholds = node.connections.flatMap((c) =>
    c.transition.kind === 'condition' ? [Number(c.transition.condition.operand)] : [],
  );
  const claimed = Math.max(firstDraw, ...thresholds) - firstDraw + percent;
  if (claimed + firstDraw > lastThreshold) {
    FlowNode.report(node, {
      code: 'invalid-option',
      severity: 'error',
      message: `The shares add up to ${claimed}%; at most 99% can be given, the rest goes to Default.`,
    });
  }
  return { operator: 'NumberLessThan', operand: String(claimed + firstDraw) };
}

/**
 * Distribute by percentage: routes contacts at random by share, for A/B tests. Each
 * `.when(percent, next)` claims the next `percent` of contacts, in the order the branches are
 * connected; `.otherwise(next)` (Default) takes the rest.
 *
 * @example
 * ```ts
 * import { disconnect, distributeByPercentage, playPrompt } from '@contactflow/dsl';
 * const bye = disconnect();
 * const a = playPrompt({ text: 'Welcome!' }).then(bye).onError(bye);
 * const b = playPrompt({ text: 'Hello, thanks for calling!' }).then(bye).onError(bye);
 * distributeByPercentage().when(20, a).when(40, b).otherwise(bye);
 * ```
 */
export const distributeByPercentage = defineBlockBuilder(
  spec,
  (_options: DistributeByPercentageOptions) => ({ parameters: {} }),
  share,
);
