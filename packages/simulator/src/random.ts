/**
 * A small seeded generator (mulberry32) of whole numbers from 1 to 100, for Distribute by
 * percentage: the same seed gives the same draws on every run and machine.
 *
 * @example
 * ```ts
 * import { percentageDraws } from '@contactflow/simulator';
 * const draw = percentageDraws(7);
 * draw() === percentageDraws(7)(); // true
 * ```
 */
export function percentageDraws(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * 100) + 1;
  };
}
