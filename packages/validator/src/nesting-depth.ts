/** Deeper than any real flow nests (conditions stop at five levels, parameters at a handful). */
export const maxNestingDepth = 100;

/**
 * Finds the first place where a value nests deeper than `limit`, without recursion, so that hostile
 * input cannot exhaust the stack here or in the schema checker behind it.
 */
export function tooDeep(value: unknown, limit = maxNestingDepth): string[] | undefined {
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
