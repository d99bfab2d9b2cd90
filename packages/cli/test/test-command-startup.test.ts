import { describe, expect, it } from 'vitest';
import { loadedModules } from './support/loaded-modules.js';

const simulator = /\/simulator\/(dist|src)\//;
const yaml = /\/yaml\//;

describe('what test loads', () => {
  it('lint loads neither the simulator nor the YAML parser', async () => {
    const loaded = await loadedModules(['lint', 'examples/flows/customer-queue.json']);
    expect(loaded.some((url) => url.includes('/validator/dist/'))).toBe(true);
    expect(loaded.filter((url) => simulator.test(url) || yaml.test(url))).toEqual([]);
  });

  it('test loads the simulator, and the YAML parser only for YAML files', async () => {
    const json = await loadedModules([
      'test',
      'packages/cli/test/fixtures/scenarios/passing/test-line.scenario.json',
    ]);
    expect(json.some((url) => simulator.test(url))).toBe(true);
    expect(json.filter((url) => yaml.test(url))).toEqual([]);
    const yamlFiles = await loadedModules([
      'test',
      'packages/cli/test/fixtures/scenarios/failing/test-line.scenario.yaml',
    ]);
    expect(yamlFiles.some((url) => yaml.test(url))).toBe(true);
  });
});
