import type { Parameters } from 'fast-check';

/**
 * Runs per property: few enough by default that the whole suite stays fast, as many as
 * `CONTACTFLOW_FUZZ_RUNS` says for a longer search (`CONTACTFLOW_FUZZ_RUNS=5000 pnpm test`).
 * `CONTACTFLOW_FUZZ_SEED` replays the seed a failure printed.
 */
export function fuzzParameters<T>(runs: number): Parameters<T> {
  const raised = Number(process.env['CONTACTFLOW_FUZZ_RUNS']);
  const seed = Number(process.env['CONTACTFLOW_FUZZ_SEED']);
  return {
    numRuns: Number.isInteger(raised) && raised > 0 ? raised : runs,
    ...(Number.isInteger(seed) && { seed }),
  };
}

/** How long a property test may take: its default runs fit well within a minute, longer runs get an hour. */
export const propertyTimeout = process.env['CONTACTFLOW_FUZZ_RUNS'] ? 3_600_000 : 60_000;

/** How long one run of a property may take, in milliseconds, before it counts as hanging. */
export const runTimeLimit = 5_000;

/** Milliseconds since `start` (a `performance.now()` reading). */
export function elapsedSince(start: number): number {
  return performance.now() - start;
}

/**
 * The own keys of `Object.prototype`, to compare before and after: nothing the code under test
 * reads may add to it.
 */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
