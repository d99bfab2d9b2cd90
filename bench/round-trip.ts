import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, importFlow } from '@contactflow/compiler';
import { isFlowDefinition, type FlowDefinition } from '@contactflow/dsl';

/** Where imported sources are written to be loaded: inside the checkout, so imports resolve. */
export const roundTripDirectory = resolve(import.meta.dirname, '.work');

/** Milliseconds spent on each flow by each half of the round trip. */
export interface RoundTripTimes {
  /** `importFlow`: the document to formatted builder source. */
  readonly importMs: number[];
  /** Loading the source as a module and compiling the flow it exports. */
  readonly buildMs: number[];
}

async function loadFlow(file: string): Promise<FlowDefinition> {
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const flows = Object.values(module).filter(isFlowDefinition);
  if (flows.length !== 1) throw new Error(`${file} exports ${flows.length} flows`);
  return flows[0]!;
}

/**
 * Imports each file to builder source, then loads that source and compiles it, as `contactflow
 * import` and `contactflow build` do; times each half per file. Runs once: a module loads once.
 * Needs a TypeScript loader (the bench runs under tsx).
 *
 * @example
 * ```ts
 * import { timeRoundTrip } from './round-trip.js';
 * const { importMs, buildMs } = await timeRoundTrip(['examples/flows/customer-queue.json']);
 * ```
 */
export async function timeRoundTrip(paths: readonly string[]): Promise<RoundTripTimes> {
  const folder = resolve(roundTripDirectory, `round-trip-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const times: RoundTripTimes = { importMs: [], buildMs: [] };
  try {
    for (const [index, path] of paths.entries()) {
      const document = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      let start = performance.now();
      const { source } = await importFlow(document);
      times.importMs.push(performance.now() - start);
      const file = resolve(folder, `flow-${index}.flow.ts`);
      writeFileSync(file, source);
      start = performance.now();
      const definition = await loadFlow(file);
      compile(definition, { unresolvedReferences: 'placeholder' });
      times.buildMs.push(performance.now() - start);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
    if (readdirSync(roundTripDirectory).length === 0)
      rmSync(roundTripDirectory, { recursive: true });
  }
  return times;
}
