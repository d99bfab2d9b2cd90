import {
  findPlaceholders,
  type PlaceholderMatch,
  type PlaceholderSyntax,
} from '@contactflow/dsl/placeholders';
import type { ActionShape, FlowShape } from '../graph/flow-shape.js';
import { parameterLeaves, type ParameterLeaf } from '../values/parameter-leaves.js';

/** A parameter value of an action that holds deploy-time placeholders. */
export interface PlaceholderValue {
  readonly action: ActionShape;
  readonly leaf: ParameterLeaf;
  /** The placeholders in the value, in order. */
  readonly placeholders: readonly PlaceholderMatch[];
}

// A rule and the step that accepts placeholder values both read them; a shape belongs to one
// validation, so they are found once for it.
const found = new WeakMap<
  FlowShape,
  { syntaxes: readonly PlaceholderSyntax[]; values: readonly PlaceholderValue[] }
>();

/**
 * The parameter values of the flow's actions that hold a placeholder of one of the syntaxes, in
 * document order. Only actions whose type the catalog knows are read, since only their values have
 * a kind to stand for.
 */
export function placeholderValues(
  shape: FlowShape,
  syntaxes: readonly PlaceholderSyntax[],
): readonly PlaceholderValue[] {
  if (syntaxes.length === 0) return [];
  const cached = found.get(shape);
  if (cached?.syntaxes === syntaxes) return cached.values;
  const values: PlaceholderValue[] = [];
  for (const action of shape.actions) {
    for (const leaf of parameterLeaves(action)) {
      const placeholders = findPlaceholders(leaf.value, syntaxes);
      if (placeholders.length > 0) values.push({ action, leaf, placeholders });
    }
  }
  found.set(shape, { syntaxes, values });
  return values;
}
