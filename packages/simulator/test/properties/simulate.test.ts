import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  enumeratePaths,
  isSimulationError,
  simulate,
  type Scenario,
  type SimulationResult,
} from '../../src/index.js';
import {
  flowDocumentArbitrary,
  mutateFlow,
  mutationsArbitrary,
  seedFlows,
} from '../../../validator/test/properties/flow-arbitraries.js';
import {
  elapsedSince,
  fuzzParameters,
  propertyTimeout,
  prototypeKeys,
  runTimeLimit,
} from '../../../validator/test/properties/fuzz-settings.js';
import {
  buildProgram,
  builderProgramArbitrary,
} from '../../../compiler/test/properties/builder-programs.js';
import { generatedScenario } from '../support/generated-scenario.js';

// Whatever flow and scenario it is given, the simulator ends: with a run, or with a
// SimulationError saying why it cannot go on. It never fails otherwise, never runs past the step
// limit, and gives the same run for the same input.
const prototypeBefore = prototypeKeys();
const maxSteps = 120;

/** What a scenario is made from: the scenario's input and Lambda generators hold state, so each run gets its own. */
interface ScenarioSeed {
  readonly seed: number;
  readonly channel: Scenario['channel'];
}

const scenarioSeedArbitrary: fc.Arbitrary<ScenarioSeed> = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  channel: fc.constantFrom('VOICE', 'CHAT', 'TASK', 'EMAIL'),
});

const scenarioOf = ({ seed, channel }: ScenarioSeed): Scenario => ({
  ...generatedScenario(seed, channel),
  maxSteps,
});

type Ending = { run: SimulationResult } | { error: string };

// How the runs of a property ended, so that a property cannot pass by never running a flow.
const endings = { runs: 0, errors: 0 };

/** One run, as data that can be compared, checked to end in one of the two documented ways. */
function ending(flow: Parameters<typeof simulate>[0], scenario: Scenario): Ending {
  const start = performance.now();
  try {
    const run = simulate(flow, scenario);
    expect(run.trace.length).toBeLessThanOrEqual(maxSteps);
    endings.runs++;
    return { run };
  } catch (error) {
    if (!isSimulationError(error)) throw error;
    expect(error.message).not.toContain('\n');
    endings.errors++;
    return { error: `${error.code}: ${error.message}` };
  } finally {
    expect(elapsedSince(start)).toBeLessThan(runTimeLimit);
  }
}

/** Runs twice, on fresh copies of the flow and the scenario, and expects the same both times. */
function checked(flow: () => Parameters<typeof simulate>[0], seed: ScenarioSeed): void {
  const first = ending(flow(), scenarioOf(seed));
  const again = ending(flow(), scenarioOf(seed));
  expect(JSON.stringify(again)).toBe(JSON.stringify(first));
}

describe('simulate, on flows and scenarios nobody would write', () => {
  beforeEach(() => {
    endings.runs = 0;
    endings.errors = 0;
  });

  test(
    'ends with a run or a SimulationError on documents shaped like flows',
    () => {
      fc.assert(
        fc.property(flowDocumentArbitrary, scenarioSeedArbitrary, (document, seed) => {
          checked(() => structuredClone(document) as Parameters<typeof simulate>[0], seed);
        }),
        fuzzParameters(150),
      );
      expect(endings.runs).toBeGreaterThan(0);
    },
    propertyTimeout,
  );

  const seeds = seedFlows();
  test.skipIf(seeds.length === 0)(
    'ends with a run or a SimulationError on real flows mutated at random',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...seeds),
          mutationsArbitrary,
          scenarioSeedArbitrary,
          (flow, mutations, seed) => {
            const document = mutateFlow(flow, mutations) as Parameters<typeof simulate>[0];
            checked(() => structuredClone(document), seed);
          },
        ),
        fuzzParameters(150),
      );
      expect(endings.runs).toBeGreaterThan(0);
    },
    propertyTimeout,
  );

  test(
    'runs random builder programs, and lists their paths, without failing',
    () => {
      fc.assert(
        fc.property(builderProgramArbitrary, scenarioSeedArbitrary, (program, seed) => {
          checked(() => buildProgram(program), seed);
          try {
            const { paths } = enumeratePaths(buildProgram(program), { limit: 200 });
            expect(paths.length).toBeLessThanOrEqual(200);
          } catch (error) {
            if (!isSimulationError(error)) throw error;
          }
        }),
        fuzzParameters(100),
      );
      expect(endings.runs).toBeGreaterThan(0);
    },
    propertyTimeout,
  );

  test('leaves Object.prototype as it was', () => {
    expect(prototypeKeys()).toEqual(prototypeBefore);
  });
});
