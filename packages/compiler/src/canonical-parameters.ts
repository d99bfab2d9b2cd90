import {
  isDynamicValue,
  isResourceReference,
  isTextTemplate,
  type ParameterTemplateValue,
} from '@contactflow/dsl';

/**
 * A parameter template as plain JSON with symbolic parts spelled out, independent of any environment.
 * Identifiers are derived from it, so the same source gets the same identifiers for dev and prod.
 */
export function canonicalParameters(value: ParameterTemplateValue): unknown {
  if (isResourceReference(value)) return { $reference: `${value.kind}:${value.name}` };
  if (isDynamicValue(value)) return value.path;
  if (isTextTemplate(value)) return value.render();
  if (Array.isArray(value)) return value.map((item) => canonicalParameters(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [
          key,
          canonicalParameters((value as Record<string, ParameterTemplateValue>)[key]!),
        ]),
    );
  }
  return value;
}
