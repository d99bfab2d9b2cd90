/**
 * Deeper than any flow nests (conditions stop at five levels, parameters at a handful); the
 * validator refuses documents past the same depth.
 */
export const maxNestingDepth = 100;

/**
 * Whether a value nests deeper than `limit` objects and arrays, found without recursion, so that
 * hostile input cannot exhaust the stack here or in the walks that follow. A value that contains
 * itself counts as too deep.
 *
 * @example
 * ```ts
 * import { nestsDeeperThan } from './nesting-depth.js';
 * nestsDeeperThan({ a: [{ b: 1 }] }, 2); // true
 * ```
 */
export function nestsDeeperThan(value: unknown, limit = maxNestingDepth): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/**
 * A copy of `value` in which everything nested deeper than `limit` is replaced by a short text
 * saying so, with a fingerprint of what it stood for, so that two different deep parts still
 * differ. The copy recurses at most `limit` levels; the fingerprint is taken without recursion.
 *
 * @example
 * ```ts
 * import { cutDeeperThan } from './nesting-depth.js';
 * cutDeeperThan({ a: { b: { c: 1 } } }, 2); // { a: { b: '(nested too deep: …)' } }
 * ```
 */
export function cutDeeperThan(value: unknown, limit = maxNestingDepth, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= limit) return `(nested too deep: ${fingerprint(value)})`;
  if (Array.isArray(value)) return value.map((item) => cutDeeperThan(item, limit, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, cutDeeperThan(item, limit, depth + 1)]),
  );
}

/** A short hash of a value's JSON text with its keys in order, computed with an explicit stack. */
function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
  };
  // Entries are either values still to write or punctuation.
  const pending: ({ text: string } | { value: unknown })[] = [{ value }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if ('text' in next) {
      mix(next.text);
      continue;
    }
    const current = next.value;
    if (typeof current !== 'object' || current === null) {
      mix(JSON.stringify(current) ?? 'null');
    } else if (seen.has(current)) {
      mix('(cycle)');
    } else {
      seen.add(current);
      const entries: (readonly [string | undefined, unknown])[] = Array.isArray(current)
        ? current.map((item) => [undefined, item] as const)
        : Object.entries(current).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      pending.push({ text: Array.isArray(current) ? ']' : '}' });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        pending.push({ value: item });
        const name = key === undefined ? '' : `${JSON.stringify(key)}:`;
        pending.push({ text: `${i === 0 ? '' : ','}${name}` });
      }
      pending.push({ text: Array.isArray(current) ? '[' : '{' });
    }
  }
  return hash.toString(16).padStart(8, '0');
}
