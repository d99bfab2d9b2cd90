import {
  ResourceReference,
  resourceKinds,
  type Environment,
  type ResourceKind,
} from '@contactflow/dsl';

const placeholder = /^\{\{([A-Za-z]+):(.+)\}\}$/s;

/**
 * An environment read backwards: the logical name an ARN or id has, so that imported source says
 * `queue('Sales')` where the document has the queue's ARN. When several names share a value, the
 * first kind in `resourceKinds` order and then the first name in code-point order wins, so the
 * choice does not depend on the order of the environment file. A `{{queue:Sales}}` placeholder, as
 * the compiler leaves for publish-time lookup, is a reference too.
 */
export class ReferenceLookup {
  readonly #byValue = new Map<string, ResourceReference[]>();

  constructor(environment: Environment | undefined) {
    for (const [kind, key] of Object.entries(resourceKinds) as [ResourceKind, string][]) {
      const names = (environment as Record<string, Record<string, unknown> | undefined>)?.[key];
      if (names === undefined || names === null) continue;
      for (const name of Object.keys(names).sort()) {
        const value = names[name];
        if (typeof value !== 'string') continue;
        const list = this.#byValue.get(value) ?? [];
        list.push(new ResourceReference(kind, name));
        this.#byValue.set(value, list);
      }
    }
  }

  /** The reference the environment gives this value, of the given kind or of any kind. */
  find(value: string, kind?: ResourceKind): ResourceReference | undefined {
    const named = placeholder.exec(value);
    if (
      named !== null &&
      Object.hasOwn(resourceKinds, named[1]!) &&
      (kind ?? named[1]) === named[1]
    ) {
      return new ResourceReference(named[1] as ResourceKind, named[2]!);
    }
    const found = this.#byValue.get(value);
    return kind === undefined ? found?.[0] : found?.find((reference) => reference.kind === kind);
  }
}
