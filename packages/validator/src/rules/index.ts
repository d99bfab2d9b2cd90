import { danglingStartAction } from './dangling-start-action.js';
import { danglingTransition } from './dangling-transition.js';
import { duplicateIdentifier } from './duplicate-identifier.js';
import { loopWithoutExit } from './loop-without-exit.js';
import type { Rule } from './rule.js';
import { unconnectedBranch } from './unconnected-branch.js';
import { unreachableAction } from './unreachable-action.js';

/** Every rule, by id; a meta-test checks each is here, documented and tested. */
export const rules: readonly Rule[] = [
  danglingStartAction,
  danglingTransition,
  duplicateIdentifier,
  loopWithoutExit,
  unconnectedBranch,
  unreachableAction,
];
