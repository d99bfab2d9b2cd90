import { textOf } from './contact-state.js';
import { parsePath, wholePath, type PathSegment } from './json-path.js';

/** Reads contact data at a path. */
export type PathReader = (segments: readonly PathSegment[]) => unknown;

/**
 * Replaces every reference in text with the text of its value; a reference to nothing reads as
 * the empty string, as an unset attribute does in a prompt.
 *
 * @example
 * ```ts
 * import { interpolate, readPath } from '@contactflow/simulator';
 * const data = { External: { balance: '5' } };
 * interpolate('Your balance is $.External.balance.', (path) => readPath(data, path)); // 'Your balance is 5.'
 * ```
 */
export function interpolate(text: string, read: PathReader): string {
  let result = '';
  let at = 0;
  while (at < text.length) {
    const dollar = text.indexOf('$', at);
    if (dollar < 0) break;
    const parsed = parsePath(text, dollar);
    if (parsed === undefined) {
      result += text.slice(at, dollar + 1);
      at = dollar + 1;
      continue;
    }
    result += text.slice(at, dollar) + textOf(read(parsed.segments));
    at = parsed.end;
  }
  return result + text.slice(at);
}

/**
 * Resolves a parameter value: a string that is one whole JSONPath becomes the value there (which
 * may be absent, or an object from a JSON Lambda response); other strings have their references
 * interpolated; lists and objects are resolved member by member, keys that are whole JSONPaths
 * included.
 *
 * @example
 * ```ts
 * import { readPath, resolveValue } from '@contactflow/simulator';
 * const data = { Attributes: { tier: 'gold' } };
 * resolveValue({ level: '$.Attributes.tier' }, (path) => readPath(data, path)); // { level: 'gold' }
 * ```
 */
export function resolveValue(value: unknown, read: PathReader): unknown {
  if (typeof value === 'string') {
    const path = wholePath(value);
    return path !== undefined ? read(path) : interpolate(value, read);
  }
  if (Array.isArray(value)) return value.map((item: unknown) => resolveValue(item, read));
  if (typeof value === 'object' && value !== null) {
    const resolved: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      const keyPath = wholePath(key);
      const name = keyPath !== undefined ? textOf(read(keyPath)) : key;
      Object.defineProperty(resolved, name, {
        value: resolveValue(member, read),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return resolved;
  }
  return value;
}
