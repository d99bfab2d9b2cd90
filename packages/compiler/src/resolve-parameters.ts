import {
  isDynamicValue,
  isResourceReference,
  isTextTemplate,
  type ParameterTemplateValue,
  type ResourceReference,
} from '@contactflow/dsl';
import { maxNestingDepth } from './nesting-depth.js';

/** How the compiler treats a reference the environment does not name. */
export type UnresolvedReferences = 'error' | 'placeholder';

/**
 * The text left in place of a reference resolved at publish time: `{{queue:Sales}}`. Publishing
 * looks the name up in the instance and replaces it.
 *
 * @example
 * ```ts
 * import { queue } from '@contactflow/dsl';
 * import { referencePlaceholder } from '@contactflow/compiler';
 * referencePlaceholder(queue('Sales')); // '{{queue:Sales}}'
 * ```
 */
export function referencePlaceholder(reference: ResourceReference): string {
  return `{{${reference.kind}:${reference.name}}}`;
}

/** What a reference is written as: an ARN or id, or a placeholder of some kind. */
export type RenderReference = (reference: ResourceReference) => string;

/**
 * Renders a parameter template to Flow-language JSON: dynamic values to their JSONPath, each
 * reference to what `renderReference` makes of it.
 */
export function resolveParameters(
  value: ParameterTemplateValue,
  renderReference: RenderReference,
  depth = 0,
): unknown {
  if (isResourceReference(value)) return renderReference(value);
  if (isDynamicValue(value)) return value.path;
  if (isTextTemplate(value)) return value.render();
  // The compiler reports parameters this deep; the cut keeps the recursion in bounds.
  if (typeof value === 'object' && value !== null && depth >= maxNestingDepth) return null;
  if (Array.isArray(value))
    return value.map((item) => resolveParameters(item, renderReference, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, ParameterTemplateValue | undefined>);
    return Object.fromEntries(
      entries.flatMap(([key, item]) =>
        item === undefined ? [] : [[key, resolveParameters(item, renderReference, depth + 1)]],
      ),
    );
  }
  return value;
}
