import { Bench } from 'tinybench';

/** One timed task: latency statistics in milliseconds. */
export interface Measurement {
  readonly id: string;
  readonly label: string;
  /** The median of the samples: what ratios are computed from. */
  readonly medianMs: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly samples: number;
  /** What one sample does, when it is not the label alone (files, actions). */
  readonly unit?: string;
}

/** A task to time in-process: `run` is one sample. */
export interface Task {
  readonly id: string;
  readonly label: string;
  readonly run: () => unknown;
  readonly unit?: string;
}

/** How long to time each in-process task. */
export interface MeasureOptions {
  /** Time budget per task in milliseconds; each task still runs `minimumSamples` times. */
  readonly timeMs: number;
  readonly minimumSamples: number;
}

/**
 * Times tasks one after the other with tinybench (warm-up first, then samples until both the time
 * budget and the minimum count are reached).
 *
 * @example
 * ```ts
 * import { measureTasks } from './measure.js';
 * const [parse] = await measureTasks(
 *   [{ id: 'parse', label: 'JSON.parse', run: () => JSON.parse('{"a":1}') }],
 *   { timeMs: 100, minimumSamples: 10 },
 * );
 * ```
 */
export async function measureTasks(
  tasks: readonly Task[],
  options: MeasureOptions,
): Promise<Measurement[]> {
  const bench = new Bench({
    time: options.timeMs,
    iterations: options.minimumSamples,
    warmupIterations: Math.min(options.minimumSamples, 5),
    throws: true,
  });
  for (const task of tasks) bench.add(task.id, task.run);
  await bench.run();
  return tasks.map((task, index) => {
    const result = bench.tasks[index]?.result;
    if (result?.state !== 'completed') {
      throw new Error(`${task.label}: the benchmark did not complete (${result?.state})`);
    }
    const { latency } = result;
    return {
      id: task.id,
      label: task.label,
      medianMs: latency.p50,
      meanMs: latency.mean,
      minMs: latency.min,
      maxMs: latency.max,
      samples: latency.samplesCount,
      ...(task.unit !== undefined && { unit: task.unit }),
    };
  });
}

/**
 * Summarises samples timed outside tinybench (whole processes, single passes) the same way.
 *
 * @example
 * ```ts
 * import { summarise } from './measure.js';
 * summarise('start', 'a process', [110, 100, 120]).medianMs; // 110
 * ```
 */
export function summarise(
  id: string,
  label: string,
  samples: readonly number[],
  unit?: string,
): Measurement {
  if (samples.length === 0) throw new Error(`${label}: no samples`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    id,
    label,
    medianMs,
    meanMs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    minMs: sorted[0]!,
    maxMs: sorted.at(-1)!,
    samples: sorted.length,
    ...(unit !== undefined && { unit }),
  };
}
