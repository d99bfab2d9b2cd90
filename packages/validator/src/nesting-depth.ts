/** Deeper than any real flow nests (conditions stop at five levels, parameters at a handful). */
export const maxNestingDepth = 100;

/**
 * Whether objects and arrays nest more than `levels` deep in `value` (a top-level object is one
 * level), found without recursion and without building paths, so that it costs little on every
 * document and hostile input cannot exhaust the stack. Stops at the first level past `levels`,
 * so a value that contains itself is no endless loop.
 *
 * @example
 * ```ts
 * import { nestsDeeperThan } from './nesting-depth.js';
 * nestsDeeperThan({ a: [1] }, 1); // true
 * nestsDeeperThan({ a: [1] }, 2); // false
 * ```
 */
export function nestsDeeperThan(value: unknown, levels: number): boolean {
  const values: object[] = [];
  const depths: number[] = [];
  if (typeof value === 'object' && value !== null) {
    values.push(value);
    depths.push(1);
  }
  while (values.length > 0) {
    const current = values.pop()!;
    const depth = depths.pop()!;
    if (depth > levels) return true;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * Finds the first place where a value nests deeper than `limit`, without recursion, so that hostile
 * input cannot exhaust the stack here or in the schema checker behind it.
 */
export function tooDeep(value: unknown, limit = maxNestingDepth): string[] | undefined {
  // Almost every document is shallow: the path is only looked for when there is one to find.
  if (!nestsDeeperThan(value, limit + 1)) return undefined;
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length > limit) return path;
    for (const [key, child] of Object.entries(current))
      stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}
