import { actionBranches } from './action-shape.js';
import type { EndKind } from './branches.js';
import { loadFlow, type FlowInput } from './load-flow.js';

/** One action on a path, and the branch the path takes out of it. */
export interface PathStep {
  readonly action: string;
  readonly type: string;
  /** The branch's label, as a trace step writes it. */
  readonly branch: string;
  /** The condition under which the branch is taken, in words. */
  readonly when: string;
}

/**
 * How a path ends: as a run would (disconnected, transferred, ended, waiting), at a branch that
 * leads nowhere (`unconnected`, with the missing `target` when it names one), or where it would
 * run an action already on the path (`loop`, with that action as `target`).
 */
export interface PathEnd {
  readonly kind: EndKind | 'unconnected' | 'loop';
  /** The last action of the path. */
  readonly action: string;
  readonly target?: string;
}

/** One distinct way through a flow. */
export interface FlowPath {
  readonly steps: readonly PathStep[];
  readonly end: PathEnd;
}

/** Every path of a flow, or the first `limit` of them. */
export interface PathEnumeration {
  readonly flow: string;
  readonly paths: readonly FlowPath[];
  /** Whether more paths exist than were listed. */
  readonly truncated: boolean;
}

/** Options of {@link enumeratePaths}. */
export interface PathOptions {
  /** The most paths to list; 10 000 when not given. */
  readonly limit?: number;
}

/**
 * Lists every distinct path from the start of a flow to an end, each with the branch taken at each
 * action and the condition under which it is taken. A path never runs an action twice: a branch
 * back to an action already on it ends the path as a `loop`. Branches are the ones the simulator
 * can take, so a Transfer to queue ends its path rather than following NextAction, and a Loop's
 * conditions are reached as its results allow.
 *
 * @example
 * ```ts
 * import { checkContactAttributes, disconnect, flow, lambdaResult, playPrompt } from '@contactflow/dsl';
 * import { enumeratePaths } from '@contactflow/simulator';
 * const bye = disconnect();
 * const closed = playPrompt({ text: 'Closed today.' }).then(bye).onError(bye);
 * const check = checkContactAttributes({ value: lambdaResult('isHoliday') })
 *   .when('true', closed)
 *   .otherwise(bye);
 * enumeratePaths(flow('Holiday', { start: check })).paths.length; // 3
 * ```
 */
export function enumeratePaths(flow: FlowInput, options: PathOptions = {}): PathEnumeration {
  const loaded = loadFlow(flow);
  const limit = options.limit ?? 10_000;
  const paths: FlowPath[] = [];
  let truncated = false;
  const steps: PathStep[] = [];
  const onPath = new Set<string>();

  const add = (end: PathEnd): boolean => {
    if (paths.length >= limit) {
      truncated = true;
      return false;
    }
    paths.push({ steps: [...steps], end });
    return true;
  };

  const visit = (id: string, from: string): boolean => {
    const action = loaded.actions.get(id);
    if (action === undefined) return add({ kind: 'unconnected', action: from, target: id });
    onPath.add(id);
    for (const branch of actionBranches(action)) {
      steps.push({ action: id, type: action.type, branch: branch.label, when: branch.when });
      let going = true;
      if (branch.kind === 'end') {
        going = add({ kind: branch.end ?? 'ended', action: id });
      } else if (branch.target === undefined) {
        going = add({ kind: 'unconnected', action: id });
      } else if (onPath.has(branch.target)) {
        going = add({ kind: 'loop', action: id, target: branch.target });
      } else {
        going = visit(branch.target, id);
      }
      steps.pop();
      if (!going) {
        onPath.delete(id);
        return false;
      }
    }
    onPath.delete(id);
    return true;
  };

  visit(loaded.start, 'StartAction');
  return { flow: loaded.name, paths, truncated };
}
