import {
  branchCoverage,
  isSimulationError,
  simulate,
  type Outcome,
  type SimulationErrorCode,
  type SimulationResult,
} from '@contactflow/simulator';
import { UsageError } from '../usage-error.js';
import { checkExpectations, type ExpectationFailure } from './check-expectations.js';
import { problemAt, readScenarioFile, type ScenarioFileContent } from './read-scenario-file.js';
import { ScenarioFlows, type ScenarioFlow } from './scenario-flows.js';
import { caseScenarioData, flowReferences, toScenario } from './scenario-from-data.js';

/** How one case went. */
export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** The expectations the run did not meet. */
  readonly failures: readonly ExpectationFailure[];
  /** Why the run could not go on, when it could not: an action not simulated, a stub missing. */
  readonly error?: {
    readonly code: SimulationErrorCode;
    readonly message: string;
    readonly action?: string;
  };
  /** How the run ended, when it ran to an end. */
  readonly outcome?: Outcome;
}

/** The cases of one scenario file. */
export interface ScenarioFileResult {
  readonly file: string;
  /** The flow the cases run, as the file names it, from the working directory. */
  readonly flow: string;
  readonly cases: readonly CaseResult[];
}

/** A branch no case took. */
export interface UntakenBranch {
  readonly action: string;
  readonly type: string;
  readonly branch: string;
}

/** The branch coverage of one flow by every case that ran it (or ran it as a module or transfer). */
export interface FlowCoverage {
  /** The flow's name. */
  readonly name: string;
  /** Its file, and export when the file exports several. */
  readonly file: string;
  readonly covered: number;
  readonly total: number;
  readonly untaken: readonly UntakenBranch[];
}

/** What running a set of scenario files came to. */
export interface ScenarioRun {
  /** The files that could be read, in the order given. */
  readonly files: readonly ScenarioFileResult[];
  /** Per flow, in the order of its file. */
  readonly coverage: readonly FlowCoverage[];
  /** The files that could not be read or whose flows could not be loaded: one error each. */
  readonly unreadable: readonly UsageError[];
}

interface PreparedFile {
  readonly scenarios: ScenarioFileContent;
  readonly flow: ScenarioFlow;
  readonly references: ReadonlyMap<string, ScenarioFlow>;
}

async function prepare(file: string, flows: ScenarioFlows, cwd: string): Promise<PreparedFile> {
  const scenarios = await readScenarioFile(file, cwd);
  const { content } = scenarios;
  const loadAt = async (reference: string, pointer: string) => {
    try {
      return await flows.load(reference, file);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      throw problemAt(scenarios, pointer, error.message);
    }
  };
  const named = [
    ...flowReferences(content.defaults ?? {}, '/defaults'),
    ...content.cases.flatMap((entry, index) => flowReferences(entry, `/cases/${index}`)),
  ];
  const [flow, ...loaded] = await Promise.all([
    loadAt(content.flow, '/flow'),
    ...named.map(({ reference, pointer }) => loadAt(reference, pointer)),
  ]);
  const references = new Map(named.map(({ reference }, index) => [reference, loaded[index]!]));
  return { scenarios, flow: flow!, references };
}

function runCase(
  prepared: PreparedFile,
  index: number,
  record: (flow: ScenarioFlow, run: SimulationResult) => void,
): CaseResult {
  const { content } = prepared.scenarios;
  const entry = content.cases[index]!;
  const data = caseScenarioData(content.defaults, entry);
  const used = new Set<ScenarioFlow>([prepared.flow]);
  const scenario = toScenario(data, (reference) => {
    const flow = prepared.references.get(reference)!;
    used.add(flow);
    return flow.input;
  });
  let run: SimulationResult;
  try {
    run = simulate(prepared.flow.input, scenario);
  } catch (error) {
    if (!isSimulationError(error)) throw error;
    return {
      name: entry.name,
      passed: false,
      failures: [],
      error: {
        code: error.code,
        message: error.message,
        ...(error.action !== undefined && { action: error.action }),
      },
    };
  }
  for (const flow of used) record(flow, run);
  const failures = checkExpectations(entry.expect, run);
  return { name: entry.name, passed: failures.length === 0, failures, outcome: run.outcome };
}

/**
 * Runs every case of the given scenario files in the simulator and measures branch coverage. The
 * flows are loaded once each, all files' at the same time; the cases run one after the other, in
 * file order. A file that cannot be read, breaks the schema or names a flow that cannot be loaded
 * is one of `unreadable` and the other files still run; a run the simulator cannot finish (an
 * action it does not simulate, a stub the scenario lacks) fails its case.
 *
 * @example
 * ```ts
 * import { runScenarioFiles } from './run-scenario-files.js';
 * const run = await runScenarioFiles(['examples/scenarios/pay-by-phone.scenario.json'], process.cwd());
 * run.files[0]?.cases.every((entry) => entry.passed);
 * ```
 */
export async function runScenarioFiles(
  files: readonly string[],
  cwd: string,
): Promise<ScenarioRun> {
  const flows = new ScenarioFlows(cwd);
  const prepared = await Promise.all(
    files.map((file) =>
      prepare(file, flows, cwd).catch((error: unknown) => {
        if (error instanceof UsageError) return error;
        throw error;
      }),
    ),
  );
  const runs = new Map<ScenarioFlow, SimulationResult[]>();
  const record = (flow: ScenarioFlow, run: SimulationResult) => {
    runs.set(flow, [...(runs.get(flow) ?? []), run]);
  };
  const results: ScenarioFileResult[] = [];
  const unreadable: UsageError[] = [];
  for (const file of prepared) {
    if (file instanceof UsageError) {
      unreadable.push(file);
      continue;
    }
    // Every flow a file names is reported, taken by a case or not.
    for (const flow of [file.flow, ...file.references.values()]) {
      if (!runs.has(flow)) runs.set(flow, []);
    }
    results.push({
      file: file.scenarios.file,
      flow: file.flow.shown,
      cases: file.scenarios.content.cases.map((_entry, index) => runCase(file, index, record)),
    });
  }
  const coverage = [...runs.entries()]
    .map(([flow, taken]): FlowCoverage => {
      const report = branchCoverage(flow.input, taken);
      return {
        name: flow.name,
        file: flow.shown,
        covered: report.covered,
        total: report.total,
        untaken: report.untaken.map(({ action, type, branch }) => ({ action, type, branch })),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: results, coverage, unreadable };
}
