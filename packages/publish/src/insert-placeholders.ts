import {
  ResourceReference,
  resourceKinds,
  type Environment,
  type ResourceKind,
} from '@contactflow/dsl';
import { referencePlaceholder } from '@contactflow/compiler';

/** What {@link insertPlaceholders} returns. */
export interface InsertedPlaceholders {
  /** The value with each ARN the environment names replaced by its `{{kind:name}}` placeholder. */
  readonly value: unknown;
  /** The references written, each once, in order of first appearance. */
  readonly references: readonly ResourceReference[];
}

/**
 * An environment read backwards: for each ARN (or id) it gives, the reference that names it. Where
 * several names give one value, the first kind in `resourceKinds` order and then the first name in
 * code-point order wins, so the choice does not depend on the order of the file.
 *
 * @example
 * ```ts
 * import { referencesByValue } from '@contactflow/publish';
 * referencesByValue({ queues: { Sales: 'arn:q' } }).get('arn:q')?.name; // 'Sales'
 * ```
 */
export function referencesByValue(environment: Environment): Map<string, ResourceReference> {
  const byValue = new Map<string, ResourceReference>();
  for (const [kind, key] of Object.entries(resourceKinds) as [ResourceKind, string][]) {
    const names = (environment as Record<string, Readonly<Record<string, string>> | undefined>)[
      key
    ];
    if (names === undefined) continue;
    for (const name of Object.keys(names).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const value = names[name]!;
      if (!byValue.has(value)) byValue.set(value, new ResourceReference(kind, name));
    }
  }
  return byValue;
}

/**
 * Replaces every string of a JSON value that is exactly an ARN the lookup knows with the
 * reference's `{{kind:name}}` placeholder, in parameters and metadata alike, so that the document
 * names resources instead of one instance's ARNs. Other strings, and ARNs inside longer text, stay.
 *
 * @example
 * ```ts
 * import { insertPlaceholders, referencesByValue } from '@contactflow/publish';
 * const lookup = referencesByValue({ queues: { Sales: 'arn:q' } });
 * insertPlaceholders({ Parameters: { QueueId: 'arn:q' } }, lookup).value; // { Parameters: { QueueId: '{{queue:Sales}}' } }
 * ```
 */
export function insertPlaceholders(
  value: unknown,
  lookup: ReadonlyMap<string, ResourceReference>,
): InsertedPlaceholders {
  const found = new Map<string, ResourceReference>();
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      const reference = lookup.get(item);
      if (reference === undefined) return item;
      const placeholder = referencePlaceholder(reference);
      if (!found.has(placeholder)) found.set(placeholder, reference);
      return placeholder;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return { value: walk(value), references: [...found.values()] };
}
