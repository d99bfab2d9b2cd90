import {
  ResourceReference,
  resourceKinds,
  type Environment,
  type ResourceKind,
} from '@contactflow/dsl';

/** What {@link fillPlaceholders} returns. */
export interface FilledContent {
  /** The content with every placeholder the lookup knows replaced by its value. */
  readonly text: string;
  /** The placeholders left in place, each once, in order of first appearance. */
  readonly unresolved: readonly ResourceReference[];
}

/** Looks up the value of a placeholder; `undefined` leaves it in place. */
export type PlaceholderLookup = (reference: ResourceReference) => string | undefined;

// Content is JSON text, so a placeholder sits inside a string literal, escapes and all; the kind
// is a word and the name runs to the first `}}`.
const pattern = /\{\{([A-Za-z]+):(.+?)\}\}/g;

function decoded(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function isKind(kind: string): kind is ResourceKind {
  return Object.hasOwn(resourceKinds, kind);
}

function keyOf(reference: ResourceReference): string {
  return `${reference.kind}:${reference.name}`;
}

/**
 * The `{{kind:name}}` placeholders in Flow-language text, each once, in order of first appearance.
 * Only the resource kinds of `resourceKinds` count: `{{other:x}}` is left alone.
 *
 * @example
 * ```ts
 * import { findPlaceholders } from '@contactflow/publish';
 * findPlaceholders('{"QueueId":"{{queue:Sales}}"}')[0]?.name; // 'Sales'
 * ```
 */
export function findPlaceholders(text: string): ResourceReference[] {
  const seen = new Map<string, ResourceReference>();
  for (const [, kind, raw] of text.matchAll(pattern) as Iterable<[string, string, string]>) {
    if (!isKind(kind)) continue;
    const reference = new ResourceReference(kind, decoded(raw));
    if (!seen.has(keyOf(reference))) seen.set(keyOf(reference), reference);
  }
  return [...seen.values()];
}

/**
 * The value an environment gives a placeholder, as a {@link PlaceholderLookup}.
 *
 * @example
 * ```ts
 * import { queue } from '@contactflow/dsl';
 * import { environmentLookup } from '@contactflow/publish';
 * const lookup = environmentLookup({ queues: { Sales: 'arn:q' } });
 * lookup(queue('Sales')); // 'arn:q'
 * ```
 */
export function environmentLookup(environment: Environment): PlaceholderLookup {
  return ({ kind, name }) => {
    const names = environment[resourceKinds[kind]];
    return names !== undefined && Object.hasOwn(names, name) ? names[name] : undefined;
  };
}

/**
 * Replaces the placeholders of Flow-language text with the values an environment (or any lookup)
 * gives them, written as JSON string content, and lists those it does not know.
 *
 * @example
 * ```ts
 * import { fillPlaceholders } from '@contactflow/publish';
 * const { text, unresolved } = fillPlaceholders('{"QueueId":"{{queue:Sales}}"}', {
 *   queues: { Sales: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q' },
 * });
 * unresolved.length; // 0
 * ```
 */
export function fillPlaceholders(
  text: string,
  values: Environment | PlaceholderLookup,
): FilledContent {
  const lookup = typeof values === 'function' ? values : environmentLookup(values);
  const unresolved = new Map<string, ResourceReference>();
  const filled = text.replace(pattern, (whole: string, kind: string, raw: string) => {
    if (!isKind(kind)) return whole;
    const reference = new ResourceReference(kind, decoded(raw));
    const value = lookup(reference);
    if (value === undefined) {
      if (!unresolved.has(keyOf(reference))) unresolved.set(keyOf(reference), reference);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: filled, unresolved: [...unresolved.values()] };
}
