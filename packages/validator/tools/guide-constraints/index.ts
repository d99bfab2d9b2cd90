import { flowsAndPaths } from './flows-and-paths.js';
import type { GuideConstraint } from './guide-constraint.js';
import { valuesAndLimits } from './values-and-limits.js';

export type { GuideConstraint } from './guide-constraint.js';

/** Every constraint of the guide on flows, in the order of the reference's list. */
export const guideConstraints: readonly GuideConstraint[] = [...flowsAndPaths, ...valuesAndLimits];
