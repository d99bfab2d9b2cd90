import type { Channel, FlowType } from '@contactflow/dsl';
import type { BranchShape } from './branches.js';
import type { CustomerInput, InputKind } from './customer-input.js';
import type { PathSegment } from './json-path.js';
import type { LambdaResponse } from './lambda-stub.js';
import type { LoadedFlow, SimAction } from './load-flow.js';
import type { Outcome } from './outcome.js';
import type { ActionResponse, HoursState, QueueSetup, Scenario, ScenarioPart } from './scenario.js';
import type { Prompt } from './trace.js';

/** What running one action came to. */
export type StepResult =
  /** Success: continue at `NextAction`. */
  | { readonly kind: 'success' }
  /** A result for the conditions to compare; `undefined` when there is none. */
  | { readonly kind: 'result'; readonly value: unknown }
  /** Take the branch of this error type (or the NoMatchingError branch). */
  | { readonly kind: 'error'; readonly errorType: string; readonly reason?: string }
  /** The run ends here. */
  | { readonly kind: 'end'; readonly outcome: Outcome }
  /** The run stops here, waiting. */
  | { readonly kind: 'wait'; readonly for: 'input' | 'event' }
  /** Run a module, then continue at this action's `NextAction`. */
  | { readonly kind: 'module'; readonly flow: LoadedFlow }
  /** Continue in another flow, for good. */
  | { readonly kind: 'transfer'; readonly flow: LoadedFlow }
  /** Return from the module running now. */
  | { readonly kind: 'return' };

/** The queue transfers go to: a queue by name (or ARN), or an agent's own queue. */
export interface WorkingQueue {
  readonly name: string;
  readonly agent: boolean;
}

/** What a handler can see and do while its action runs. */
export interface ActionContext {
  readonly action: SimAction;
  readonly channel: Channel;
  readonly flowType: FlowType | undefined;
  readonly scenario: Scenario;
  /** The scenario's response for this action (its `error` has already been taken care of). */
  readonly response: ActionResponse | undefined;
  /** A parameter value with its references resolved (see `resolveValue`). */
  resolve(value: unknown): unknown;
  /** A parameter value resolved and read as text. */
  text(value: unknown): string;
  /**
   * A resource parameter resolved and named: the logical name of a `{{kind:name}}` placeholder,
   * else the value itself (an ARN or id); `undefined` when it is absent or empty.
   */
  resourceName(value: unknown): string | undefined;
  read(path: string | readonly PathSegment[]): unknown;
  write(path: string | readonly PathSegment[], value: unknown): void;
  remove(path: readonly PathSegment[]): void;
  /** Replaces a whole namespace (`External`, `Lex`) with new content, as each Lambda call or bot turn does. */
  replace(namespace: string, value: Readonly<Record<string, unknown>>): void;
  play(prompt: Prompt): void;
  note(text: string): void;
  /** The customer's next input, if the scenario has one; a kind the action cannot take is a scenario error. */
  takeInput(accepts: readonly InputKind[]): CustomerInput | undefined;
  /** The next input, if the scenario has one of these kinds next; nothing is taken otherwise. */
  peekInput(kinds: readonly InputKind[]): CustomerInput | undefined;
  /** Puts an input back in front of the rest (keys a menu did not use). */
  giveBack(input: CustomerInput): void;
  /** Stops the run: the scenario lacks something the action needs. */
  missing(what: string): never;
  /** The working queue. */
  targetQueue: WorkingQueue | undefined;
  /** The number Set callback number set. */
  callbackNumber: string | undefined;
  queueSetup(queue: string): QueueSetup | undefined;
  hoursOf(name: string): HoursState;
  lambdaResponse(name: string, parameters: Readonly<Record<string, unknown>>): LambdaResponse;
  draw(): number;
  /** How many times this Loop action has run since it last completed, this run included. */
  loopIteration(): number;
  resetLoop(): void;
  findModule(name: string): LoadedFlow;
  findFlow(name: string): LoadedFlow | undefined;
  contactAttributes(): Record<string, string>;
  /** A made-up identifier for something the action creates, the same on every run (`task-1`). */
  newId(kind: string): string;
}

/** How the simulator runs one action type. */
export interface ActionHandler {
  /** The parts of the scenario it reads. */
  readonly reads: readonly ScenarioPart[];
  /** What it does, in one or two sentences, for docs/simulated-actions.md. */
  readonly summary: string;
  /** Where success leads, for paths and coverage. */
  readonly shape: BranchShape | ((action: SimAction) => BranchShape);
  run(context: ActionContext): StepResult;
}

/**
 * The shape of an action under its handler.
 *
 * @example
 * ```ts
 * import { handlers, shapeOf } from '@contactflow/simulator';
 * const bye = { id: 'bye', type: 'DisconnectParticipant', parameters: {}, next: undefined, errors: [], conditions: [] };
 * shapeOf(handlers.DisconnectParticipant!, bye).end; // 'disconnected'
 * ```
 */
export function shapeOf(handler: ActionHandler, action: SimAction): BranchShape {
  return typeof handler.shape === 'function' ? handler.shape(action) : handler.shape;
}

/** Success that continues at `NextAction`. */
export const success: StepResult = { kind: 'success' };

/**
 * A step result that takes the branch of this error type, with the reason noted in the trace.
 *
 * @example
 * ```ts
 * import { failWith } from '@contactflow/simulator';
 * failWith('QueueAtCapacity', 'queue Sales is full');
 * ```
 */
export function failWith(errorType: string, reason?: string): StepResult {
  return reason === undefined ? { kind: 'error', errorType } : { kind: 'error', errorType, reason };
}
