import type { Condition } from './condition.js';
import type { ParameterTemplate } from './parameter-template.js';
import type { SourceLocation } from './source-location.js';

/**
 * A `Condition` object as a document writes it, keys and all, for conditions that no
 * {@link Condition} can say (two operands, no operator).
 */
export type VerbatimCondition = Readonly<Record<string, unknown>>;

/** Which part of `Transitions` a connected branch becomes. */
export type Transition =
  | { readonly kind: 'next' }
  | { readonly kind: 'error'; readonly errorType: string }
  | { readonly kind: 'condition'; readonly condition: Condition }
  /** An entry of `Conditions` whose `Condition` is written unchanged. */
  | { readonly kind: 'verbatim'; readonly condition: VerbatimCondition };

/** One connected branch of a node. */
export interface Connection {
  /** The branch as the console names it ("Timeout", "Pressed 1"), for messages. */
  readonly branch: string;
  readonly transition: Transition;
  readonly target: FlowNode;
}

/** Something wrong with how a node was built; the compiler reports it at the node's location. */
export interface BuildProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** What a node is made of, before the compiler turns it into an action. */
export interface FlowNodeInit {
  /** The console block (`get-customer-input`); absent for `raw` actions. */
  readonly blockId: string | undefined;
  /** The block's mode (`dtmf`, `lex`); absent for `raw` actions. */
  readonly mode: string | undefined;
  readonly actionType: string;
  readonly parameters: ParameterTemplate;
  readonly problems: readonly BuildProblem[];
  readonly location: SourceLocation | undefined;
}

// A registered symbol, so that nodes are recognised across copies of the package (a flow built by a
// library that bundles its own copy), where `instanceof` would fail.
const flowNodeBrand = Symbol.for('contactflow.flow-node');

/**
 * Whether a value is a block of a flow, from any copy of this package.
 *
 * @example
 * ```ts
 * import { disconnect, isFlowNode } from '@contactflow/dsl';
 * isFlowNode(disconnect()); // true
 * ```
 */
export function isFlowNode(value: unknown): value is FlowNode {
  return typeof value === 'object' && value !== null && flowNodeBrand in value;
}

/**
 * One block of a flow: an action with its parameters and the branches connected so far. Nodes are
 * mutable so that a flow can wire a branch back to an earlier block (a menu that replays itself).
 */
export class FlowNode {
  readonly [flowNodeBrand] = true;
  readonly blockId: string | undefined;
  readonly mode: string | undefined;
  readonly actionType: string;
  readonly parameters: ParameterTemplate;
  readonly location: SourceLocation | undefined;
  // By transition, in the order connected: connecting a transition again replaces it and moves it
  // last, in constant time however many branches a node has.
  readonly #connections = new Map<string, Connection>();
  #connectionList: readonly Connection[] | undefined;
  readonly #problems: BuildProblem[];
  #identifier: string | undefined;

  constructor(init: FlowNodeInit) {
    this.blockId = init.blockId;
    this.mode = init.mode;
    this.actionType = init.actionType;
    this.parameters = init.parameters;
    this.location = init.location;
    this.#problems = [...init.problems];
  }

  /** The branches connected so far, in the order they were connected. */
  get connections(): readonly Connection[] {
    return (this.#connectionList ??= [...this.#connections.values()]);
  }

  /** Problems found while building the node. */
  get problems(): readonly BuildProblem[] {
    return this.#problems;
  }

  /** The identifier given with {@link FlowNode.named}, if any. */
  get identifier(): string | undefined {
    return this.#identifier;
  }

  /**
   * Gives the action a fixed identifier instead of the one the compiler derives from its content.
   *
   * @example
   * ```ts
   * import { playPrompt } from '@contactflow/dsl';
   * playPrompt({ text: 'Welcome.' }).named('Welcome');
   * ```
   */
  named(identifier: string): this {
    this.#identifier = identifier;
    return this;
  }

  /**
   * Records a connection. Static, so that it stays off every node's list of methods; block builders
   * call it from their branch methods.
   *
   * @internal
   */
  static connect(node: FlowNode, branch: string, transition: Transition, target: unknown): void {
    if (!isFlowNode(target)) {
      FlowNode.report(node, {
        code: 'invalid-target',
        severity: 'error',
        message:
          typeof target === 'function'
            ? `The ${branch} branch was given a function; pass a block. (A block is not a promise: do not await it or return it from an async function.)`
            : `The ${branch} branch must be connected to a block, not ${JSON.stringify(target) ?? String(target)}.`,
      });
      return;
    }
    const key = transitionKey(transition);
    if (node.#connections.has(key)) {
      FlowNode.report(node, {
        code: 'branch-connected-twice',
        severity: 'warning',
        message: `The ${branch} branch is connected twice; the last connection wins.`,
      });
      node.#connections.delete(key);
    }
    node.#connections.set(key, { branch, transition, target });
    node.#connectionList = undefined;
  }

  /**
   * Records a problem found after the node was created.
   *
   * @internal
   */
  static report(node: FlowNode, problem: BuildProblem): void {
    node.#problems.push(problem);
  }
}

/** Equal for two transitions that are the same branch, so that the second replaces the first. */
function transitionKey(transition: Transition): string {
  switch (transition.kind) {
    case 'next':
      return 'next';
    case 'error':
      return `error\u0000${transition.errorType}`;
    case 'verbatim':
      return `verbatim\u0000${canonicalJson(transition.condition)}`;
    case 'condition':
      return `condition\u0000${JSON.stringify([transition.condition.operator, transition.condition.operand])}`;
  }
}

// Key order does not make two verbatim conditions different.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
