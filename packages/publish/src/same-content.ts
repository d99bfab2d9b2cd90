import { isDeepStrictEqual } from 'node:util';

function parsed(text: string | undefined): { value: unknown } | undefined {
  if (text === undefined) return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
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
  return left === undefined || right === undefined
    ? a === b
    : isDeepStrictEqual(left.value, right.value);
}
