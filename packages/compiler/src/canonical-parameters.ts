import {
  isDynamicValue,
  isResourceReference,
  isTextTemplate,
  type ParameterTemplateValue,
} from '@contactflow/dsl';
import { maxNestingDepth } from './nesting-depth.js';

/**
 * A parameter template as plain JSON with symbolic parts spelled out, independent of any environment.
 * Identifiers are derived from it, so the same source gets the same identifiers for dev and prod.
 */
export function canonicalParameters(value: ParameterTemplateValue, depth = 0): unknown {
  if (isResourceReference(value)) return { $reference: `${value.kind}:${value.name}` };
  if (isDynamicValue(value)) return value.path;
  if (isTextTemplate(value)) return value.render();
  // The compiler reports parameters this deep; the cut keeps the recursion in bounds.
  if (typeof value === 'object' && value !== null && depth >= maxNestingDepth) return null;
  if (Array.isArray(value)) return value.map((item) => canonicalParameters(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [
          key,
          canonicalParameters((value as Record<string, ParameterTemplateValue>)[key]!, depth + 1),
        ]),
    );
  }
  return value;
}
