import { formatPath, readPath, type PathSegment } from './json-path.js';
import type { DataChange } from './trace.js';

/**
 * The namespaces that belong to one flow rather than to the contact: a module starts without the
 * caller's (the guide says a module cannot read the caller's Lambda results, Lex results, queue
 * metrics, stored input or profile data, and flow attributes are not passed in or out), and a
 * transfer to another flow starts with no flow attributes.
 *
 * @example
 * ```ts
 * import { flowLocalNamespaces } from '@contactflow/simulator';
 * flowLocalNamespaces.includes('External'); // true
 * ```
 */
export const flowLocalNamespaces: readonly string[] = [
  'FlowAttributes',
  'External',
  'Lex',
  'StoredCustomerInput',
  'Metrics',
  'Customer',
];

type Tree = Record<string, unknown>;

/**
 * The text a value reads as in a prompt, a comparison or an attribute: strings as they are,
 * numbers and booleans written out, objects as JSON, and nothing as the empty string.
 *
 * @example
 * ```ts
 * import { textOf } from '@contactflow/simulator';
 * textOf(5); // '5'
 * textOf(undefined); // ''
 * ```
 */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// Names come from flows and scenarios: `__proto__` must become a member like any other.
function define(tree: Tree, key: string, value: unknown): void {
  Object.defineProperty(tree, key, { value, enumerable: true, writable: true, configurable: true });
}

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The data of a simulated contact: what belongs to the contact (attributes, system attributes, the
 * working queue, tags) and what belongs to the flow running now (see {@link flowLocalNamespaces}).
 *
 * @example
 * ```ts
 * import { ContactState } from '@contactflow/simulator';
 * const state = new ContactState();
 * state.write(['Attributes', 'tier'], 'gold');
 * state.read(['Attributes', 'tier']); // 'gold'
 * ```
 */
export class ContactState {
  readonly contact: Tree = {};
  /** The current flow's own data; the interpreter swaps it when a module starts or returns. */
  local: Tree = {};

  private treeFor(segments: readonly PathSegment[]): Tree {
    return flowLocalNamespaces.includes(String(segments[0])) ? this.local : this.contact;
  }

  /** The value at a path; `undefined` when nothing is there. */
  read(segments: readonly PathSegment[]): unknown {
    return readPath(this.treeFor(segments), segments);
  }

  /** Writes a value, creating the objects on the way, and says what changed. */
  write(segments: readonly PathSegment[], value: unknown): DataChange {
    const previous = this.read(segments);
    let tree = this.treeFor(segments);
    for (const segment of segments.slice(0, -1)) {
      const key = String(segment);
      const child = Object.hasOwn(tree, key) ? tree[key] : undefined;
      if (isTree(child)) {
        tree = child;
      } else {
        const created: Tree = {};
        define(tree, key, created);
        tree = created;
      }
    }
    define(tree, String(segments[segments.length - 1]), value);
    return {
      path: formatPath(segments),
      value: textOf(value),
      ...(previous !== undefined && { previous: textOf(previous) }),
    };
  }

  /** Removes a value; `undefined` when there was none. */
  remove(segments: readonly PathSegment[]): DataChange | undefined {
    const previous = this.read(segments);
    if (previous === undefined) return undefined;
    const parent = readPath(this.treeFor(segments), segments.slice(0, -1));
    if (isTree(parent)) delete parent[String(segments[segments.length - 1])];
    return { path: formatPath(segments), value: undefined, previous: textOf(previous) };
  }

  /** A namespace's members as text: the contact attributes, the flow attributes. */
  textMap(namespace: string): Record<string, string> {
    const value = this.read([namespace]);
    if (!isTree(value)) return {};
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, member]) => [key, textOf(member)]),
    );
  }
}
