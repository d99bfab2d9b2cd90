import { canonicalJson, compareText } from './canonical-json.js';
import type { ValueChange } from './flow-diff.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** Object fields that name an array entry: entries are matched by them rather than by position. */
const identityFields = ['Name', 'ReferenceName', 'ParticipantType', 'id'] as const;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal, key order aside. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** `path.key`, or `path["odd key"]` when the key is not a plain name. */
export function memberPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The changes that turn `before` into `after`, in key order. Objects are compared key by key; arrays of named entries (see `identityFields`) by name; arrays holding only
 * plain values as a whole, since an element-wise report of a shifted list helps nobody; other
 * arrays by position. `undefined` stands for a value that is not there.
 */
export function diffValues(before: unknown, after: unknown, path: string): ValueChange[] {
  const changes: ValueChange[] = [];
  collect(before, after, path, changes);
  return changes;
}

function collect(before: unknown, after: unknown, path: string, out: ValueChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ kind: 'added', path, after });
    return;
  }
  if (after === undefined) {
    out.push({ kind: 'removed', path, before });
    return;
  }
  if (valuesEqual(before, after)) return;
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText);
    for (const key of keys) collect(before[key], after[key], memberPath(path, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const field = sharedIdentityField(before, after);
    if (field !== undefined) {
      const beforeByName = byName(before, field);
      const afterByName = byName(after, field);
      const names = [...new Set([...beforeByName.keys(), ...afterByName.keys()])].sort(compareText);
      for (const name of names) {
        collect(
          beforeByName.get(name),
          afterByName.get(name),
          `${path}[${field}=${JSON.stringify(name)}]`,
          out,
        );
      }
      return;
    }
    if ([...before, ...after].some((item) => typeof item === 'object' && item !== null)) {
      const length = Math.max(before.length, after.length);
      for (let i = 0; i < length; i++) collect(before[i], after[i], `${path}[${i}]`, out);
      return;
    }
  }
  out.push({ kind: 'changed', path, before, after });
}

/** The field that names every entry of both arrays, each name once per array. */
function sharedIdentityField(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  if (a.length === 0 && b.length === 0) return undefined;
  return identityFields.find((field) => namesEntries(a, field) && namesEntries(b, field));
}

function namesEntries(items: readonly unknown[], field: string): boolean {
  const names = new Set<string>();
  for (const item of items) {
    const name = isJsonObject(item) ? item[field] : undefined;
    if (typeof name !== 'string' || names.has(name)) return false;
    names.add(name);
  }
  return true;
}

function byName(items: readonly unknown[], field: string): Map<string, unknown> {
  return new Map(items.map((item) => [(item as JsonObject)[field] as string, item]));
}
