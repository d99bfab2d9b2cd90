import { dirname, resolve } from 'node:path';
import { isSimulationError, loadFlow, type FlowInput } from '@contactflow/simulator';
import { loadFlowSource, type FlowSourceExport } from '../load-flow-source.js';
import { readFlowDocument } from '../read-flow-document.js';
import { shownPath } from '../shown-path.js';
import { UsageError } from '../usage-error.js';

/** A flow a scenario file names, loaded once for every file that names it. */
export interface ScenarioFlow {
  /** The flow file and export, as messages and the coverage report show it. */
  readonly shown: string;
  /** The flow's name. */
  readonly name: string;
  /** What the simulator runs: the same object every time, so that it is compiled once. */
  readonly input: FlowInput;
}

const sourcePattern = /^(.*\.[cm]?ts)(?:#([^#]+))?$/;

/**
 * Loads the flows scenario files name, each once however many files name it: `*.flow.ts` sources
 * (with `#exportName` when a source exports several flows) and Flow-language JSON files, relative
 * to the scenario file. A flow that cannot be loaded is a {@link UsageError} naming its file.
 *
 * @example
 * ```ts
 * import { ScenarioFlows } from './scenario-flows.js';
 * const flows = new ScenarioFlows(process.cwd());
 * const ivr = await flows.load('../government-services-ivr.flow.ts', 'examples/scenarios/ivr.scenario.json');
 * ivr.name; // 'Government Services IVR'
 * ```
 */
export class ScenarioFlows {
  private readonly sources = new Map<string, Promise<FlowSourceExport[]>>();
  private readonly flows = new Map<string, Promise<ScenarioFlow>>();

  constructor(private readonly cwd: string) {}

  /** The flow `reference` names, relative to the scenario file `from`. */
  load(reference: string, from: string): Promise<ScenarioFlow> {
    const source = sourcePattern.exec(reference);
    const path = resolve(this.cwd, dirname(from), source?.[1] ?? reference);
    const exportName = source?.[2];
    const key = `${path}#${exportName ?? ''}`;
    let flow = this.flows.get(key);
    if (flow === undefined) {
      flow =
        source === null ? this.loadDocument(path) : this.loadSource(path, exportName, reference);
      this.flows.set(key, flow);
    }
    return flow;
  }

  private async loadSource(
    path: string,
    exportName: string | undefined,
    reference: string,
  ): Promise<ScenarioFlow> {
    const file = shownPath(path, this.cwd);
    let exports = this.sources.get(path);
    if (exports === undefined) {
      exports = loadFlowSource(file, this.cwd);
      this.sources.set(path, exports);
    }
    const flows = await exports;
    const names = flows.map((flow) => flow.exportName);
    const chosen =
      exportName === undefined
        ? flows.length === 1
          ? flows[0]
          : undefined
        : flows.find((flow) => flow.exportName === exportName);
    if (chosen === undefined) {
      throw new UsageError(
        exportName === undefined
          ? `${file} exports ${flows.length} flows (${names.join(', ')}); name one as ${reference}#${names[0]}`
          : `${file} exports no flow named "${exportName}" (it exports ${names.join(', ')})`,
      );
    }
    const shown = flows.length === 1 ? file : `${file}#${chosen.exportName}`;
    return this.checked(shown, chosen.definition);
  }

  private async loadDocument(path: string): Promise<ScenarioFlow> {
    const file = shownPath(path, this.cwd);
    return this.checked(file, await readFlowDocument(file, {}, this.cwd));
  }

  // The simulator reads the flow now, so that a flow it cannot run is the scenario file's problem.
  private checked(shown: string, input: FlowInput): ScenarioFlow {
    try {
      return { shown, name: loadFlow(input, shown).name, input };
    } catch (error) {
      if (!isSimulationError(error)) throw error;
      throw new UsageError(`${shown}: ${error.message}`);
    }
  }
}
