import type { BlockSpec, BlockVariant, BranchSpec } from '../catalog/block-spec.js';
import { findAction } from '../catalog/catalog.js';
import { BuildContext } from './build-context.js';
import { toCondition, type Condition, type ConditionInput } from './condition.js';
import { FlowNode, type Transition } from './flow-node.js';
import type { ParameterTemplate } from './parameter-template.js';
import { callerLocation } from './source-location.js';

/** Every branch a block shows in any of its modes. */
type BranchOf<S extends BlockSpec> =
  | S['branches'][number]
  | (S['variants'][number] extends infer V
      ? V extends { readonly branches: readonly (infer B)[] }
        ? B
        : never
      : never);

/**
 * One method per branch of the block, named as the catalog names it: `.then(next)` for Success,
 * `.onTimeout(next)` for an error branch, `.when(value, next)` for the user's own conditions.
 */
export type BranchMethods<S extends BlockSpec, C> = {
  [B in BranchOf<S> as B['method']]: B['target'] extends { kind: 'conditions' }
    ? (when: C, next: FlowNode) => BlockNode<S, C>
    : (next: FlowNode) => BlockNode<S, C>;
};

/** The branch lists of the block's modes: each mode's own, or the block's. */
type ModeBranches<S extends BlockSpec> = S['variants'][number] extends infer V
  ? V extends { readonly branches: infer B extends readonly BranchSpec[] }
    ? B
    : S['branches']
  : never;

/** `true` for a mode that has branches but no Success branch (distributes over modes). */
type LacksSuccess<B> = B extends readonly []
  ? never
  : B extends readonly BranchSpec[]
    ? Extract<B[number]['target'], { kind: 'next' }> extends never
      ? true
      : never
    : never;

/**
 * `.nextAction(next)`, on blocks with a mode that has branches but no Success branch: there the
 * compiler points `NextAction` at the block of the Error (or Default) branch, as the console does,
 * and this method points it elsewhere.
 */
export type NextActionMethod<S extends BlockSpec, C> = [LacksSuccess<ModeBranches<S>>] extends [
  never,
]
  ? unknown
  : {
      /**
       * Points `NextAction` at `next` instead of at the block of the Error (or Default) branch.
       * The service takes `NextAction` when no condition or error branch applies; the console
       * never shows it, and documents written by other tools sometimes point it elsewhere. Only
       * needed to keep such a document as it is.
       *
       * @example
       * ```ts
       * import { disconnect, getCustomerInput, playPrompt } from '@contactflow/dsl';
       * const bye = disconnect();
       * const sorry = playPrompt({ text: 'Sorry.' }).then(bye).onError(bye);
       * getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 })
       *   .when('1', bye)
       *   .otherwise(sorry)
       *   .onError(bye)
       *   .nextAction(sorry);
       * ```
       */
      nextAction(next: FlowNode): BlockNode<S, C>;
    };

/** A node of block `S`: exactly the branch methods of its block, plus `named`. */
export type BlockNode<S extends BlockSpec, C = ConditionInput> = FlowNode &
  BranchMethods<S, C> &
  NextActionMethod<S, C>;

/** What a block's encoder makes of its options. */
export interface EncodedBlock {
  /** The block's mode (`lex`, `callback`); its first mode when omitted. */
  readonly mode?: string;
  readonly parameters: ParameterTemplate;
}

/** The builder function of a block, with its catalog entry attached. */
export type BlockBuilder<S extends BlockSpec, O, C> = ({} extends O
  ? (options?: O) => BlockNode<S, C>
  : (options: O) => BlockNode<S, C>) & { readonly block: S };

/**
 * How a block turns `.when(...)` arguments into conditions, when it is not `Equals`. It sees the
 * node, for conditions that depend on the ones before (cumulative percentages), and may report a
 * problem on it with `FlowNode.report`.
 */
export type ConditionEncoder<C> = (input: C, node: FlowNode) => Condition;

/**
 * Makes the builder function of a console block from its catalog entry and an encoder from friendly
 * options to Flow-language parameters. The branch methods come from the catalog, so a block offers
 * exactly the branches the console shows for it.
 *
 * @example
 * ```ts
 * import { defineBlockBuilder } from '@contactflow/dsl';
 * import { blocks } from '@contactflow/dsl/catalog';
 * const endFlow = defineBlockBuilder(blocks['end-flow-resume'], () => ({ parameters: {} }));
 * endFlow();
 * ```
 */
export function defineBlockBuilder<const S extends BlockSpec, O, C = ConditionInput>(
  spec: S,
  encode: (options: O, context: BuildContext) => EncodedBlock,
  encodeCondition: ConditionEncoder<C> = toCondition as ConditionEncoder<C>,
): BlockBuilder<S, O, C> {
  class BlockNodeOfSpec extends FlowNode {}
  const byMethod = new Map<string, BranchSpec>();
  for (const branch of [...spec.branches, ...spec.variants.flatMap((v) => v.branches ?? [])]) {
    if (!byMethod.has(branch.method)) byMethod.set(branch.method, branch);
  }
  for (const [method, branch] of byMethod) {
    Object.defineProperty(BlockNodeOfSpec.prototype, method, {
      value(this: FlowNode, ...args: unknown[]) {
        connectBranch(this, spec, branch, args, encodeCondition);
        return this;
      },
    });
  }
  const modeBranches = (variant: BlockVariant) => variant.branches ?? spec.branches;
  const lacksSuccess = (variant: BlockVariant) =>
    modeBranches(variant).length > 0 &&
    !modeBranches(variant).some((b) => b.target.kind === 'next');
  if (spec.variants.some(lacksSuccess)) {
    Object.defineProperty(BlockNodeOfSpec.prototype, 'nextAction', {
      value(this: FlowNode, next: unknown) {
        const variant = spec.variants.find((v) => v.mode === this.mode)!;
        const takesNone = findAction(this.actionType)?.transitions.nextAction === 'forbidden';
        if (!lacksSuccess(variant) || takesNone) {
          FlowNode.report(this, {
            code: 'branch-not-in-mode',
            severity: 'error',
            message: takesNone
              ? `${spec.name} writes ${this.actionType}, which takes no NextAction.`
              : `${spec.name} in ${variant.mode} mode connects NextAction with its Success branch.`,
          });
          return this;
        }
        FlowNode.connect(this, 'NextAction', { kind: 'next' }, next);
        return this;
      },
    });
  }

  function build(options?: O): BlockNode<S, C> {
    const location = callerLocation();
    const context = new BuildContext();
    const encoded = encode((options ?? {}) as O, context);
    const variant = spec.variants.find((v) => v.mode === (encoded.mode ?? spec.variants[0]!.mode));
    if (variant === undefined) throw new Error(`${spec.id} has no mode ${String(encoded.mode)}`);
    const node = new BlockNodeOfSpec({
      blockId: spec.id,
      mode: variant.mode,
      actionType: variant.actionType,
      parameters: { ...(variant.preset as ParameterTemplate | undefined), ...encoded.parameters },
      problems: context.problems,
      location,
    });
    return node as unknown as BlockNode<S, C>;
  }
  return Object.assign(build, { block: spec }) as BlockBuilder<S, O, C>;
}

function connectBranch<C>(
  node: FlowNode,
  spec: BlockSpec,
  branch: BranchSpec,
  args: readonly unknown[],
  encodeCondition: ConditionEncoder<C>,
): void {
  const variant = spec.variants.find((v) => v.mode === node.mode)!;
  if (!(variant.branches ?? spec.branches).some((b) => b.method === branch.method)) {
    FlowNode.report(node, {
      code: 'branch-not-in-mode',
      severity: 'error',
      message: `${spec.name} in ${variant.mode} mode has no ${branch.name} branch.`,
    });
    return;
  }
  const target = branch.target;
  let transition: Transition;
  let label = branch.name;
  if (target.kind === 'conditions') {
    const condition = encodeCondition(args[0] as C, node);
    transition = { kind: 'condition', condition };
    label = `${condition.operator} ${condition.operand}`;
  } else if (target.kind === 'condition') {
    transition = {
      kind: 'condition',
      condition: { operator: target.operator, operand: target.operand },
    };
  } else if (target.kind === 'error') {
    transition = { kind: 'error', errorType: target.errorType };
  } else {
    transition = { kind: 'next' };
  }
  FlowNode.connect(node, label, transition, args[target.kind === 'conditions' ? 1 : 0]);
}
