import { actionBranches } from './action-shape.js';
import { loadFlow, type FlowInput } from './load-flow.js';
import type { SimulationResult } from './simulate.js';

/** One branch of a flow and how many times the runs took it. */
export interface BranchCoverage {
  readonly action: string;
  readonly type: string;
  /** The branch's label, as trace steps write it. */
  readonly branch: string;
  readonly target: string | undefined;
  readonly when: string;
  readonly taken: number;
}

/** Which branches of a flow a set of runs took. */
export interface CoverageReport {
  readonly flow: string;
  /** Every branch of every action the start reaches, in document order. */
  readonly branches: readonly BranchCoverage[];
  readonly covered: number;
  readonly total: number;
  /** The branches no run took. */
  readonly untaken: readonly BranchCoverage[];
}

/**
 * Branch coverage of a flow by a set of runs: for every action the start reaches, each branch the
 * simulator can take, and how many times the runs took it. Steps the runs made in other flows and
 * modules are not counted here; give those flows their own report.
 *
 * @example
 * ```ts
 * import { disconnect, flow, getCustomerInput, playPrompt } from '@contactflow/dsl';
 * import { branchCoverage, dtmf, simulate, timeout } from '@contactflow/simulator';
 * const bye = disconnect();
 * const thanks = playPrompt({ text: 'Thanks.' }).then(bye).onError(bye);
 * const menu = getCustomerInput({ text: 'Press 1.', timeoutSeconds: 5 });
 * menu.when('1', thanks).onTimeout(bye).otherwise(bye).onError(bye);
 * const survey = flow('Survey', { start: menu });
 * const report = branchCoverage(survey, [simulate(survey, { inputs: [dtmf('1')] })]);
 * report.untaken.map((b) => b.branch); // ['Error InputTimeLimitExceeded', ...]
 * ```
 */
export function branchCoverage(flow: FlowInput, runs: readonly SimulationResult[]): CoverageReport {
  const loaded = loadFlow(flow);
  const reachable = new Set<string>();
  const pending = [loaded.start];
  while (pending.length > 0) {
    const id = pending.pop()!;
    const action = loaded.actions.get(id);
    if (reachable.has(id) || action === undefined) continue;
    reachable.add(id);
    for (const branch of actionBranches(action)) {
      if (branch.kind !== 'end' && branch.target !== undefined) pending.push(branch.target);
    }
  }

  const counts = new Map<string, number>();
  const key = (action: string, branch: string) => `${action}\u0000${branch}`;
  for (const run of runs) {
    for (const step of run.trace) {
      if (step.flow !== loaded.name) continue;
      const k = key(step.action, step.branch);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }

  const branches: BranchCoverage[] = [];
  for (const action of loaded.actions.values()) {
    if (!reachable.has(action.id)) continue;
    for (const branch of actionBranches(action)) {
      branches.push({
        action: action.id,
        type: action.type,
        branch: branch.label,
        target: branch.target,
        when: branch.when,
        taken: counts.get(key(action.id, branch.label)) ?? 0,
      });
    }
  }
  const untaken = branches.filter((branch) => branch.taken === 0);
  return {
    flow: loaded.name,
    branches,
    covered: branches.length - untaken.length,
    total: branches.length,
    untaken,
  };
}
