import * as dsl from '@contactflow/dsl';
import {
  DynamicValue,
  RawNode,
  type Condition,
  type ConditionInput,
  type FlowNode,
} from '@contactflow/dsl';
import type { ActionPlan } from './action-plan.js';
import type { ConditionArgument } from './branch-calls.js';

type Builder = (options?: unknown) => FlowNode;
type BranchMethod = (...args: unknown[]) => unknown;

/** What the runtime `.when(...)` receives for an argument of imported source. */
export function conditionValue(argument: ConditionArgument): unknown {
  switch (argument.kind) {
    case 'equals':
      return argument.operand;
    case 'is':
      return { operator: argument.operator, operand: argument.operand } satisfies Condition;
    case 'dynamic':
      return new DynamicValue(argument.path);
    case 'share':
      return argument.percent;
  }
}

/** A node built from a plan, with the action identifier each of its branch targets stands for. */
export interface BuiltNode {
  readonly node: FlowNode;
  readonly targetIds: ReadonlyMap<FlowNode, string>;
}

/**
 * Builds the node that the imported source will build for a plan, with the real builder, so that
 * the importer can check what it writes before it writes it. Branch targets are stand-in nodes.
 */
export function buildNode(plan: ActionPlan): BuiltNode {
  const node =
    plan.kind === 'block'
      ? buildBlock(plan.block.builder, plan.options)
      : dsl.raw({ type: plan.type, ...(plan.parameters && { parameters: plan.parameters }) });
  const targetIds = new Map<FlowNode, string>();
  const stand = new Map<string, FlowNode>();
  for (const call of plan.calls) {
    let target = stand.get(call.target);
    if (target === undefined) {
      target = dsl.endFlow();
      stand.set(call.target, target);
      targetIds.set(target, call.target);
    }
    if (node instanceof RawNode && plan.kind === 'raw') {
      if (call.errorType !== undefined) node.onError(call.errorType, target);
      else if (call.verbatim !== undefined) node.whenVerbatim(call.verbatim, target);
      else if (call.argument !== undefined) {
        node.when(conditionValue(call.argument) as ConditionInput, target);
      } else node.then(target);
      continue;
    }
    const method = (node as unknown as Record<string, BranchMethod | undefined>)[call.method];
    if (typeof method !== 'function') throw new Error(`no ${call.method} branch`);
    if (call.argument === undefined) method.call(node, target);
    else method.call(node, conditionValue(call.argument), target);
  }
  return { node, targetIds };
}

function buildBlock(builderName: string, options: unknown): FlowNode {
  const builder = (dsl as unknown as Record<string, Builder | undefined>)[builderName];
  if (typeof builder !== 'function') throw new Error(`the builder has no ${builderName}`);
  return options === undefined ? builder() : builder(options);
}
