import type { ResourceKind } from './resource-kind.js';

/**
 * A symbolic reference to an instance resource by its logical name. The compiler replaces it with
 * the ARN or id that the environment gives the name, so one flow source serves every instance.
 *
 * @example
 * ```ts
 * import { queue } from '@contactflow/dsl';
 * const sales = queue('Sales');
 * sales.kind; // 'queue'
 * ```
 */
export class ResourceReference<K extends ResourceKind = ResourceKind> {
  /** Marks the class for `isResourceReference` across copies of the package. */
  readonly reference = 'resource';

  constructor(
    readonly kind: K,
    /** The logical name, looked up in the environment. */
    readonly name: string,
  ) {}

  toString(): string {
    return `${this.kind}:${this.name}`;
  }
}

/**
 * Whether a value is a {@link ResourceReference}.
 *
 * @example
 * ```ts
 * import { isResourceReference, prompt } from '@contactflow/dsl';
 * isResourceReference(prompt('Welcome')); // true
 * ```
 */
export function isResourceReference(value: unknown): value is ResourceReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ResourceReference).reference === 'resource'
  );
}
