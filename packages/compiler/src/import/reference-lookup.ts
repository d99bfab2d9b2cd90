import {
  ResourceReference,
  resourceKinds,
  wholePlaceholder,
  type Environment,
  type PlaceholderMatch,
  type PlaceholderSyntax,
  type ResourceKind,
} from '@contactflow/dsl';
import { referencePlaceholder } from '../resolve-parameters.js';

const placeholder = /^\{\{([A-Za-z]+):(.+)\}\}$/s;

/** A `{{queue:Sales}}` reference as the compiler leaves for publish-time lookup. */
function projectReference(value: string): ResourceReference | undefined {
  const named = placeholder.exec(value);
  return named !== null && Object.hasOwn(resourceKinds, named[1]!)
    ? new ResourceReference(named[1] as ResourceKind, named[2]!)
    : undefined;
}

/**
 * An environment read backwards: the logical name an ARN or id has, so that imported source says
 * `queue('Sales')` where the document has the queue's ARN. When several names share a value, the
 * first kind in `resourceKinds` order and then the first name in code-point order wins, so the
 * choice does not depend on the order of the environment file. A `{{queue:Sales}}` placeholder, as
 * the compiler leaves for publish-time lookup, is a reference too; so is a template placeholder
 * (`${support_queue_arn}`) that is a whole value where the kind of resource is known, named as
 * the placeholder is.
 */
export class ReferenceLookup {
  readonly #byValue = new Map<string, ResourceReference[]>();
  readonly #environment: Environment;
  readonly #syntaxes: readonly PlaceholderSyntax[];
  /** The placeholder each reference read from a template stands for, by `kind:name`. */
  readonly #fromTemplate = new Map<string, PlaceholderMatch>();

  constructor(environment: Environment | undefined, syntaxes: readonly PlaceholderSyntax[] = []) {
    this.#environment = environment ?? {};
    this.#syntaxes = syntaxes;
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
    const own = projectReference(value);
    if (own !== undefined && (kind ?? own.kind) === own.kind) return own;
    const found = this.#byValue.get(value);
    const named =
      kind === undefined ? found?.[0] : found?.find((reference) => reference.kind === kind);
    // A `{{queue:Sales}}` where another kind goes is not read as a template's `{{name}}` either.
    if (named !== undefined || kind === undefined || own !== undefined) return named;
    return this.#templateReference(value, kind);
  }

  // One reference stands for one placeholder: should the same kind and name come in two syntaxes
  // (`${x}` and `%x%`), the second stays text, since the source could not tell them apart.
  #templateReference(value: string, kind: ResourceKind): ResourceReference | undefined {
    const match = wholePlaceholder(value, this.#syntaxes);
    if (match === undefined) return undefined;
    // `{{ name }}` would be built back as `{{name}}`: only what the syntax writes back as it was
    // becomes a reference.
    const syntax = this.#syntaxes.find((candidate) => candidate.name === match.syntax);
    if (syntax?.write(match.name) !== match.text) return undefined;
    const reference = new ResourceReference(kind, match.name);
    const key = reference.toString();
    const known = this.#fromTemplate.get(key);
    if (known !== undefined && known.text !== match.text) return undefined;
    this.#fromTemplate.set(key, match);
    return reference;
  }

  /** The template placeholder a reference was read from, if it was read from one. */
  placeholderOf(reference: ResourceReference): PlaceholderMatch | undefined {
    return this.#fromTemplate.get(reference.toString());
  }

  /**
   * What the document has where the source has the reference: the template placeholder it was
   * read from, the environment's value, or the `{{kind:name}}` placeholder.
   */
  render(reference: ResourceReference): string {
    const template = this.placeholderOf(reference);
    if (template !== undefined) return template.text;
    return (
      this.#environment[resourceKinds[reference.kind]]?.[reference.name] ??
      referencePlaceholder(reference)
    );
  }
}
