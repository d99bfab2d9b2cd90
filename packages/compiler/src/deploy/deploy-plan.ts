import { resourceKinds } from '@contactflow/dsl';
import type { DeployableFlow, DeployDiagnostic } from './deployable-flow.js';
import type { DeployEnvironment, DeployValue } from './deploy-environment.js';
import {
  byKindAndName,
  referenceKey,
  referencesIn,
  type FlowReference,
} from './flow-references.js';

/** Where what a reference stands for comes from in a deploy build. */
export type ReferenceSource =
  | { readonly from: 'environment'; readonly value: DeployValue }
  /** Another flow of the same build, by its index in the plan. */
  | { readonly from: 'build'; readonly index: number }
  /** An input of the output: a Terraform variable, a CloudFormation parameter. */
  | { readonly from: 'input' };

/** A flow of a deploy build with what each of its references stands for. */
export interface PlannedFlow {
  readonly flow: DeployableFlow;
  readonly references: ReadonlyMap<string, { reference: FlowReference; source: ReferenceSource }>;
}

/** The flows of a deploy build, the inputs they need, and what stops them being deployed. */
export interface DeployPlan {
  readonly flows: readonly PlannedFlow[];
  /** The references no flow of the build or entry of the environment stands for, once each. */
  readonly inputs: readonly FlowReference[];
  readonly diagnostics: readonly DeployDiagnostic[];
}

function builtKey(flow: DeployableFlow): string {
  const kind = flow.definition.flowType === 'FLOW_MODULE' ? 'flowModule' : 'flow';
  return referenceKey({ kind, name: flow.definition.name });
}

/** Each loop of references between flows of the build, as lists of plan indexes. */
function referenceLoops(edges: readonly (readonly number[])[]): number[][] {
  const loops: number[][] = [];
  const state: ('new' | 'open' | 'done')[] = edges.map(() => 'new');
  const path: number[] = [];
  const walk = (at: number): void => {
    state[at] = 'open';
    path.push(at);
    for (const next of edges[at]!) {
      if (state[next] === 'open') loops.push(path.slice(path.indexOf(next)));
      else if (state[next] === 'new') walk(next);
    }
    path.pop();
    state[at] = 'done';
  };
  edges.forEach((_, index) => {
    if (state[index] === 'new') walk(index);
  });
  return loops;
}

/**
 * Decides what each reference of each flow stands for: the environment's entry when it names one,
 * otherwise another flow or module of the same build with that name, otherwise an input. Flows
 * that refer to each other in a loop cannot be created one before the other, and are reported.
 */
export function planDeploy(
  flows: readonly DeployableFlow[],
  environment: DeployEnvironment,
): DeployPlan {
  const diagnostics: DeployDiagnostic[] = [];
  const built = new Map<string, number>();
  flows.forEach((flow, index) => {
    const key = builtKey(flow);
    const first = built.get(key);
    if (first === undefined) built.set(key, index);
    else {
      diagnostics.push({
        flow: flow.stem,
        severity: 'error',
        code: 'duplicate-flow-name',
        message: `"${flow.definition.name}" is also the name of ${flows[first]!.stem}; an instance holds one flow of a name.`,
      });
    }
  });
  const inputs = new Map<string, FlowReference>();
  const planned = flows.map((flow): PlannedFlow => {
    const references = new Map<string, { reference: FlowReference; source: ReferenceSource }>();
    for (const reference of referencesIn(flow.result.document)) {
      const key = referenceKey(reference);
      const entries = environment[resourceKinds[reference.kind]];
      const index = built.get(key);
      let source: ReferenceSource;
      if (entries !== undefined && Object.hasOwn(entries, reference.name)) {
        source = { from: 'environment', value: entries[reference.name]! };
      } else if (index !== undefined) {
        source = { from: 'build', index };
      } else {
        source = { from: 'input' };
        inputs.set(key, reference);
      }
      references.set(key, { reference, source });
    }
    return { flow, references };
  });
  const edges = planned.map(({ references }) =>
    [...references.values()].flatMap(({ source }) =>
      source.from === 'build' ? [source.index] : [],
    ),
  );
  for (const loop of referenceLoops(edges)) {
    const names = [...loop, loop[0]!].map((index) => `"${flows[index]!.definition.name}"`);
    diagnostics.push({
      flow: flows[loop[0]!]!.stem,
      severity: 'error',
      code: 'flow-reference-loop',
      message: `The flows refer to each other in a loop (${names.join(' -> ')}), so none can be created first. Name one of them in the environment, or publish these flows with contactflow publish.`,
    });
  }
  return {
    flows: planned,
    inputs: [...inputs.values()].sort(byKindAndName),
    diagnostics,
  };
}
