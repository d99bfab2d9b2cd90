import { isDeepStrictEqual } from 'node:util';
import { orderedConnections } from '../collect-nodes.js';
import { encodeTransitions, type FlowTransitions } from '../encode-transitions.js';
import { canonicalJson } from '../diff/canonical-json.js';
import { resolveParameters } from '../resolve-parameters.js';
import type { BuiltNode } from './build-node.js';
import type { InputAction } from './read-flow-input.js';
import type { ReferenceLookup } from './reference-lookup.js';

function parameterDifference(built: unknown, original: unknown): string {
  if (
    typeof built !== 'object' ||
    built === null ||
    typeof original !== 'object' ||
    original === null
  ) {
    return 'its parameters are not an object';
  }
  const made = built as Record<string, unknown>;
  const found = original as Record<string, unknown>;
  const missing = Object.keys(found).filter((key) => !Object.hasOwn(made, key));
  if (missing.length > 0) return `no option writes ${missing.join(', ')}`;
  const extra = Object.keys(made).filter((key) => !Object.hasOwn(found, key));
  if (extra.length > 0)
    return `the block always writes ${extra.join(', ')}, which the action lacks`;
  const differing = Object.keys(found).filter((key) => !isDeepStrictEqual(made[key], found[key]));
  return `no option writes ${differing.join(', ')} as the action does`;
}

function sortedLines(lines: readonly string[]): string {
  return [...lines].sort().join('\n');
}

function conditionKey(target: unknown, condition: unknown): string {
  return `${JSON.stringify(target)}\u0000${canonicalJson(condition)}`;
}

function transitionDifference(built: FlowTransitions, action: InputAction): string | undefined {
  if (built.NextAction !== action.next) {
    return action.next === undefined
      ? 'the compiler points NextAction at its error branch, and the action has no NextAction'
      : 'its NextAction goes where no branch of the block can send it';
  }
  const errors = (built.Errors ?? []).map((e) => `${e.ErrorType} ${e.NextAction}`);
  const expectedErrors = action.errors.map((e) => `${e.errorType} ${e.target}`);
  if (sortedLines(errors) !== sortedLines(expectedErrors)) {
    return 'its error branches cannot be connected as the action has them';
  }
  // Whole `Condition` objects are compared, so that one with more keys than a builder condition
  // writes is written with raw() and kept as it is.
  // Counted by target and condition (keys in any order), so that thousands of conditions take
  // no longer to match than they take to read.
  const unmatched = new Map<string, number>();
  for (const c of built.Conditions ?? []) {
    const key = conditionKey(c.NextAction, c.Condition);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  for (const expected of action.conditions) {
    const key = conditionKey(expected.target, expected.condition);
    const left = unmatched.get(key) ?? 0;
    if (left === 0) return 'its conditions cannot be connected as the action has them';
    if (left === 1) unmatched.delete(key);
    else unmatched.set(key, left - 1);
  }
  if (unmatched.size > 0) return 'its conditions cannot be connected as the action has them';
  return undefined;
}

/** Where a built node departs from its action, and how. */
export interface Mismatch {
  /** `transitions` when the type and parameters agree and only the branches do not. */
  readonly part: 'node' | 'parameters' | 'transitions';
  readonly reason: string;
}

/**
 * How a built node would not compile to the action, or `undefined` when it compiles to the same
 * type, parameters and transitions (errors and conditions in any order). This is the check that
 * makes imported source round-trip: a block whose options cannot say what the action says is
 * written with `raw(...)` instead.
 */
export function verifyNode(
  built: BuiltNode,
  action: InputAction,
  references: ReferenceLookup,
): Mismatch | undefined {
  const { node, targetIds } = built;
  const problem = node.problems[0];
  if (problem !== undefined) return { part: 'node', reason: problem.message.replace(/\.$/, '') };
  if (node.actionType !== action.type) {
    return { part: 'node', reason: `the block writes ${node.actionType}` };
  }
  // Each reference renders back to the text it was read from: an ARN the environment names, or a
  // placeholder (the project's `{{kind:name}}` or a template's).
  const parameters = resolveParameters(node.parameters, (reference) =>
    references.render(reference),
  );
  const original = action.parameters ?? {};
  if (!isDeepStrictEqual(parameters, original)) {
    return { part: 'parameters', reason: parameterDifference(parameters, original) };
  }
  const transitions = encodeTransitions(node.actionType, orderedConnections(node), (c) =>
    targetIds.get(c.target)!,
  );
  const reason = transitionDifference(transitions, action);
  return reason === undefined ? undefined : { part: 'transitions', reason };
}
