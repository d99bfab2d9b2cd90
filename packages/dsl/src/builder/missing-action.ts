import { FlowNode } from './flow-node.js';
import { callerLocation } from './source-location.js';

// A registered symbol, like the one of `FlowNode`, so that copies of the package agree.
const missingActionBrand = Symbol.for('contactflow.missing-action');

/**
 * A branch target that is not a block of the flow: its identifier (see {@link FlowNode.identifier})
 * is all the compiler writes of it.
 */
export class MissingAction extends FlowNode {
  readonly [missingActionBrand] = true;
}

/**
 * Whether a node is a {@link missingAction}, from any copy of this package.
 *
 * @example
 * ```ts
 * import { isMissingAction, missingAction } from '@contactflow/dsl';
 * isMissingAction(missingAction('deleted-block')); // true
 * ```
 */
export function isMissingAction(value: unknown): value is MissingAction {
  return typeof value === 'object' && value !== null && missingActionBrand in value;
}

/**
 * Points a branch at an identifier that no block of this flow has. The compiler writes the
 * identifier as the branch's target, emits no action for it and warns about it, and the validator
 * reports the branch as dangling. It exists so that imported flows keep such branches (a block
 * deleted in an edited export, an empty target in a template) until they are fixed; a flow written
 * from scratch connects its branches to blocks.
 *
 * @example
 * ```ts
 * import { missingAction, playPrompt } from '@contactflow/dsl';
 * playPrompt({ text: 'Hello.' }).then(missingAction('a-deleted-block'));
 * ```
 */
export function missingAction(identifier: string): MissingAction {
  return new MissingAction({
    blockId: undefined,
    mode: undefined,
    actionType: '',
    parameters: {},
    problems: [],
    location: callerLocation(),
  }).named(identifier);
}
