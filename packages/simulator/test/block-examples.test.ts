import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition, type FlowDefinition } from '@contactflow/dsl';
import { expect, test } from 'vitest';
import { isSimulationError, simulate } from '../src/index.js';
import { generatedScenario } from './support/generated-scenario.js';

// The example of every console block, run with made-up scenarios on each channel: every action
// type a block writes must run without the simulator failing.
const directory = resolve(import.meta.dirname, '../../../examples/blocks');
const flows: FlowDefinition[] = [];
for (const name of readdirSync(directory)
  .filter((file) => file.endsWith('.flow.ts'))
  .sort()) {
  const module = (await import(pathToFileURL(resolve(directory, name)).href)) as Record<
    string,
    unknown
  >;
  flows.push(...Object.values(module).filter(isFlowDefinition));
}

test('there is an example for each of the 49 blocks', () => {
  expect(flows.length).toBeGreaterThanOrEqual(49);
});

test('every block example runs on every channel', () => {
  const failures: string[] = [];
  const types = new Set<string>();
  for (const flow of flows) {
    for (const channel of ['VOICE', 'CHAT', 'TASK', 'EMAIL'] as const) {
      for (const seed of [1, 2, 3]) {
        try {
          const run = simulate(flow, generatedScenario(seed, channel));
          for (const step of run.trace) types.add(step.type);
        } catch (error) {
          const reason = isSimulationError(error)
            ? `${error.code}: ${error.message}`
            : String(error);
          failures.push(`${flow.name} (${channel}, seed ${seed}): ${reason}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
  expect(types.size).toBeGreaterThan(40);
});
