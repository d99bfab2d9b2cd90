import { resourceKinds, type Environment, type ResourceKind } from '@contactflow/dsl';

/** What {@link extendEnvironment} decides for an environment file. */
export interface EnvironmentExtension {
  /** The file's new text; `undefined` when there is nothing to add. */
  readonly text: string | undefined;
  /** How many entries are added. */
  readonly added: number;
  /** One line per name the file gives another value than the instance; nothing is written then. */
  readonly conflicts: readonly string[];
}

type JsonObject = Record<string, unknown>;

const kindOf = new Map(
  Object.entries(resourceKinds).map(([kind, key]) => [key as string, kind as ResourceKind]),
);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Extends an environment file with the names `pull` found, without ever changing an entry the file
 * has: entries it lacks are added (after its own, in code-point order of names, each kind where
 * the file has it or else in the order of `resourceKinds`), the same entry again is left alone, and
 * a name the file maps to another value is a conflict, reported with the file, the kind, the name
 * and both values. Other keys of the file (`$schema`) stay as they are.
 *
 * @example
 * ```ts
 * import { extendEnvironment } from './extend-environment.js';
 * const { text, conflicts } = extendEnvironment(
 *   '{ "queues": { "Sales": "arn:q1" } }',
 *   'environments/dev.json',
 *   { queues: { Sales: 'arn:q1', Support: 'arn:q2' } },
 * );
 * conflicts.length; // 0
 * ```
 */
export function extendEnvironment(
  existing: string | undefined,
  file: string,
  found: Environment,
): EnvironmentExtension {
  const current = (existing === undefined ? {} : JSON.parse(existing)) as JsonObject;
  const result: JsonObject = { ...current };
  const conflicts: string[] = [];
  let added = 0;
  for (const key of Object.values(resourceKinds)) {
    const names = (found as Record<string, Readonly<Record<string, string>> | undefined>)[key];
    if (names === undefined) continue;
    const had = (current[key] ?? {}) as Record<string, unknown>;
    const additions: [string, string][] = [];
    for (const name of Object.keys(names).sort(compareText)) {
      const value = names[name]!;
      if (!Object.hasOwn(had, name)) additions.push([name, value]);
      else if (had[name] !== value) {
        conflicts.push(
          `${file}: ${key} "${name}" is ${String(had[name])} there, but the instance's ${kindOf.get(key)} "${name}" is ${value}; correct or remove the entry, then pull again`,
        );
      }
    }
    if (additions.length === 0) continue;
    added += additions.length;
    result[key] = { ...had, ...Object.fromEntries(additions) };
  }
  return {
    text: conflicts.length > 0 || added === 0 ? undefined : `${JSON.stringify(result, null, 2)}\n`,
    added,
    conflicts,
  };
}
