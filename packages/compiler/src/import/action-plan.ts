import type { BlockSpec, ParameterTemplate } from '@contactflow/dsl';
import type { BranchCall } from './branch-calls.js';
import type { Options } from './decode-context.js';

/** How one action is written: with its block's builder and options, or with `raw(...)`. */
export type ActionPlan =
  | {
      readonly kind: 'block';
      readonly block: BlockSpec;
      readonly mode: string;
      /** `undefined` for a builder called without options. */
      readonly options: Options | undefined;
      readonly calls: readonly BranchCall[];
    }
  | {
      readonly kind: 'raw';
      readonly type: string;
      /** `undefined` when the action has no parameters. */
      readonly parameters: ParameterTemplate | undefined;
      readonly calls: readonly BranchCall[];
    };
