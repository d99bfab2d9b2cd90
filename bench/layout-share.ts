import { Session } from 'node:inspector/promises';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly children?: readonly number[];
}

/**
 * The share of the CPU time spent in functions named `outer` that is spent in functions named
 * `inner` they call, from a sampling CPU profile of `runs` calls of `run`: how the bench separates
 * the compiler's layout step (`layoutFlow`) from the rest of `compile`, which has no switch to
 * leave the layout out.
 *
 * @example
 * ```ts
 * import { compile } from '@contactflow/compiler';
 * import { disconnect, flow } from '@contactflow/dsl';
 * import { shareOfTime } from './layout-share.js';
 * const bye = flow('Bye', { start: disconnect() });
 * const share = await shareOfTime(() => compile(bye), 'compile', 'layoutFlow', 100);
 * ```
 */
export async function shareOfTime(
  run: () => unknown,
  outer: string,
  inner: string,
  runs: number,
): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < runs; i++) run();
    const { profile } = await session.post('Profiler.stop');
    const nodes = profile.nodes as readonly ProfileNode[];
    const parentOf = new Map<number, number>();
    for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const nameOf = new Map(nodes.map((node) => [node.id, node.callFrame.functionName]));
    const callers = (id: number): Set<string> => {
      const names = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        names.add(nameOf.get(at) ?? '');
      }
      return names;
    };
    let outerTime = 0;
    let innerTime = 0;
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, index) => {
      const names = callers(id);
      if (!names.has(outer)) return;
      outerTime += deltas[index] ?? 0;
      if (names.has(inner)) innerTime += deltas[index] ?? 0;
    });
    if (outerTime === 0) throw new Error(`the profile saw no time in ${outer}`);
    return innerTime / outerTime;
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}
