function parsed(text: string | undefined): { value: unknown } | undefined {
  if (text === undefined) return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => equalValues(item, b[index]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && equalValues(left[key], right[key]))
  );
}

/**
 * Whether two JSON texts hold the same value: key order and whitespace play no part, list order
 * does. Text that is not JSON is compared as text; two absent texts are the same. Publishing
 * leaves a flow whose live content is the same as its new content untouched.
 *
 * @example
 * ```ts
 * import { sameJsonContent } from '@contactflow/publish';
 * sameJsonContent('{"a":1,"b":[1,2]}', '{ "b": [1, 2], "a": 1 }'); // true
 * ```
 */
export function sameJsonContent(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const left = parsed(a);
  const right = parsed(b);
  return left === undefined || right === undefined ? a === b : equalValues(left.value, right.value);
}
