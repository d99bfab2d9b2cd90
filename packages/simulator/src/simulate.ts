import {
  findAction,
  system as systemAttributes,
  type Channel,
  type FlowType,
} from '@contactflow/dsl';
import {
  failWith,
  success,
  type ActionContext,
  type StepResult,
  type WorkingQueue,
} from './action-handler.js';
import {
  endLabel,
  errorBranch,
  resultBranch,
  successBranch,
  type ChosenBranch,
} from './branches.js';
import { ContactState, textOf } from './contact-state.js';
import { describeInput, type CustomerInput, type InputKind } from './customer-input.js';
import { findHandler } from './handlers/index.js';
import { InputSource } from './input-source.js';
import { formatPath, readPath, wholePath, type PathSegment } from './json-path.js';
import type { LambdaResponse, LambdaStub } from './lambda-stub.js';
import { loadFlow, type FlowInput, type LoadedFlow, type SimAction } from './load-flow.js';
import { notSimulated } from './not-simulated.js';
import type { Outcome } from './outcome.js';
import { percentageDraws } from './random.js';
import { resolveValue } from './resolve-value.js';
import type { ActionResponse, HoursState, QueueSetup, Scenario } from './scenario.js';
import { findInCatalog, isArn, lambdaFunctionName, lookup } from './scenario-lookup.js';
import { SimulationError } from './simulation-error.js';
import type { DataChange, Prompt, TraceStep } from './trace.js';

/** What a simulated run came to. */
export interface SimulationResult {
  /** The name of the flow the run started in. */
  readonly flow: string;
  readonly outcome: Outcome;
  /** Every action run, in order. */
  readonly trace: readonly TraceStep[];
  /** Everything the contact heard or read, in order. */
  readonly prompts: readonly Prompt[];
  /** The contact attributes at the end. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The flow attributes of the flow the run ended in. */
  readonly flowAttributes: Readonly<Record<string, string>>;
}

interface MutableStep {
  flow: string;
  action: string;
  type: string;
  branch: string;
  next?: string;
  prompts: Prompt[];
  changes: DataChange[];
  input?: CustomerInput;
  notes: string[];
}

interface Frame {
  readonly flow: LoadedFlow;
  local: Record<string, unknown>;
  readonly loops: Map<string, number>;
  readonly caller:
    { readonly frame: Frame; readonly action: SimAction; readonly step: MutableStep } | undefined;
}

const placeholderPattern = /^\{\{[A-Za-z]+:([\s\S]+)\}\}$/;
const defaultMaxSteps = 1000;

function leaves(value: unknown, at: readonly PathSegment[]): [PathSegment[], unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || at.length > 12) {
    return [[[...at], value]];
  }
  return Object.entries(value).flatMap(([key, member]) => leaves(member, [...at, key]));
}

// The console names a channel's fallback by its branch; the Flow language by the error type.
function unsupportedErrorType(branch: string | undefined): string {
  if (branch === undefined || branch === 'Error') return 'NoMatchingError';
  if (branch === 'Invalid number') return 'InvalidCallbackNumber';
  return branch.replaceAll(' ', '');
}

class Run implements ActionContext {
  readonly channel: Channel;
  readonly state = new ContactState();
  readonly trace: MutableStep[] = [];
  targetQueue: WorkingQueue | undefined;
  callbackNumber: string | undefined;
  response: ActionResponse | undefined;
  private readonly inputs: InputSource;
  private readonly responseCalls = new Map<string, number>();
  private readonly stubCalls = new Map<LambdaStub, number>();
  private readonly ids = new Map<string, number>();
  private readonly seeded: () => number;
  private drawIndex = 0;
  private steps = 0;
  private frame!: Frame;
  private current!: { action: SimAction; step: MutableStep };

  constructor(readonly scenario: Scenario) {
    this.channel = scenario.channel ?? 'VOICE';
    this.inputs = new InputSource(scenario.inputs);
    this.seeded = percentageDraws(scenario.seed ?? 1);
    this.arrive();
  }

  get action(): SimAction {
    return this.current.action;
  }

  get flowType(): FlowType | undefined {
    return this.frame.flow.flowType ?? this.scenario.flowType;
  }

  // The contact as it reaches the flow: channel, system attributes, attributes, working queue.
  private arrive(): void {
    const { scenario } = this;
    this.state.write(['Channel'], this.channel);
    this.state.write(['ContactId'], 'contact-1');
    this.state.write(['InitialContactId'], 'contact-1');
    this.state.write(['InitiationMethod'], 'INBOUND');
    for (const [name, value] of Object.entries(scenario.system ?? {})) {
      const attribute = (systemAttributes as Record<string, { path: string } | undefined>)[name];
      if (attribute === undefined || value === undefined) {
        throw new SimulationError(
          'scenario',
          `The scenario's system attribute "${name}" is not one the builder names.`,
        );
      }
      this.state.write(wholePath(attribute.path)!, value);
    }
    for (const [name, value] of Object.entries(scenario.attributes ?? {})) {
      this.state.write(['Attributes', name], value);
    }
    for (const [path, value] of Object.entries(scenario.contactData ?? {})) {
      const segments = wholePath(path);
      if (segments === undefined) {
        throw new SimulationError(
          'scenario',
          `The scenario's contactData key "${path}" is not a JSONPath.`,
        );
      }
      this.state.write(segments, value);
    }
    if (scenario.queue !== undefined) {
      this.targetQueue = { name: scenario.queue, agent: false };
      const setup = this.queueSetup(scenario.queue);
      this.state.write(['Queue', 'Name'], setup?.name ?? scenario.queue);
      const arn = setup?.arn ?? (isArn(scenario.queue) ? scenario.queue : undefined);
      if (arn !== undefined) this.state.write(['Queue', 'ARN'], arn);
    }
  }

  execute(start: LoadedFlow): SimulationResult {
    this.frame = { flow: start, local: this.state.local, loops: new Map(), caller: undefined };
    let actionId = start.start;
    let from: { action: string; branch: string } = { action: 'StartAction', branch: 'StartAction' };
    const maxSteps = this.scenario.maxSteps ?? defaultMaxSteps;
    for (;;) {
      const action = this.frame.flow.actions.get(actionId);
      if (action === undefined) {
        return this.finish(start, { kind: 'unconnected', ...from, target: actionId });
      }
      if (this.steps >= maxSteps)
        return this.finish(start, { kind: 'step-limit', steps: this.steps });
      this.steps++;
      const step: MutableStep = {
        flow: this.frame.flow.name,
        action: action.id,
        type: action.type,
        branch: '',
        prompts: [],
        changes: [],
        notes: [],
      };
      this.trace.push(step);
      this.current = { action, step };
      const result = this.run(action);
      let chosen: ChosenBranch;
      let chosenFor = action;
      switch (result.kind) {
        case 'end':
          step.branch = endLabel;
          return this.finish(start, result.outcome);
        case 'wait':
          step.branch = 'Waiting';
          return this.finish(start, { kind: 'waiting', for: result.for, action: action.id });
        case 'module':
          step.branch = 'Module';
          this.enter(result.flow, { frame: this.frame, action, step });
          actionId = result.flow.start;
          from = { action: action.id, branch: 'Module' };
          continue;
        case 'transfer':
          step.branch = endLabel;
          this.enter(result.flow, undefined);
          actionId = result.flow.start;
          from = { action: action.id, branch: endLabel };
          continue;
        case 'return': {
          step.branch = endLabel;
          const caller = this.frame.caller;
          if (caller === undefined) return this.finish(start, { kind: 'returned' });
          this.frame = caller.frame;
          this.state.local = caller.frame.local;
          chosen = successBranch(caller.action);
          chosenFor = caller.action;
          caller.step.branch = chosen.label;
          if (chosen.target !== undefined) caller.step.next = chosen.target;
          break;
        }
        default:
          chosen = this.choose(action, result);
          step.branch = chosen.label;
          if (chosen.target !== undefined) step.next = chosen.target;
          if (chosen.note !== undefined) step.notes.push(chosen.note);
      }
      if (chosen.target === undefined) {
        return this.finish(start, {
          kind: 'unconnected',
          action: chosenFor.id,
          branch: chosen.label,
        });
      }
      from = { action: chosenFor.id, branch: chosen.label };
      actionId = chosen.target;
    }
  }

  private enter(flow: LoadedFlow, caller: Frame['caller']): void {
    // A module starts without the caller's flow data; a transferred-to flow keeps all but its
    // flow attributes.
    const local: Record<string, unknown> = caller !== undefined ? {} : { ...this.state.local };
    if (caller === undefined) delete local.FlowAttributes;
    this.frame = { flow, local, loops: new Map(), caller };
    this.state.local = local;
  }

  private run(action: SimAction): StepResult {
    const spec = findAction(action.type);
    if (spec === undefined) {
      throw new SimulationError(
        'unknown-action-type',
        `${this.place(action)}: ${action.type} is not a Flow-language action type.`,
        action.id,
      );
    }
    const handler = findHandler(action.type);
    if (handler === undefined) {
      const reason = notSimulated[action.type] ?? 'no handler is written for it';
      throw new SimulationError(
        'not-simulated',
        `${this.place(action)}: ${action.type} is not simulated. ${reason}`,
        action.id,
      );
    }
    this.response = this.takeResponse(action);
    if (this.response?.error !== undefined) {
      return failWith(this.response.error, 'the scenario gives this error');
    }
    const support = spec.channels[this.channel];
    if (support.support === 'no') {
      if (support.onUnsupported === 'Success') {
        this.note(`${action.type} does nothing on ${this.channel}`);
        return success;
      }
      return failWith(
        unsupportedErrorType(support.onUnsupported),
        `${action.type} is not supported on ${this.channel}`,
      );
    }
    const result = handler.run(this);
    if (this.response?.set !== undefined && result.kind !== 'error' && result.kind !== 'wait') {
      for (const [path, value] of Object.entries(this.response.set)) this.write(path, value);
    }
    return result;
  }

  private takeResponse(action: SimAction): ActionResponse | undefined {
    const responses = this.scenario.responses;
    if (responses === undefined) return undefined;
    const key = Object.hasOwn(responses, action.id)
      ? action.id
      : Object.hasOwn(responses, action.type)
        ? action.type
        : undefined;
    if (key === undefined) return undefined;
    const entry = responses[key]!;
    if (!Array.isArray(entry)) return entry as ActionResponse;
    const calls = this.responseCalls.get(key) ?? 0;
    this.responseCalls.set(key, calls + 1);
    const list = entry as readonly ActionResponse[];
    return list[Math.min(calls, list.length - 1)];
  }

  private choose(action: SimAction, result: StepResult): ChosenBranch {
    if (result.kind === 'error') {
      if (result.reason !== undefined) this.note(result.reason);
      return errorBranch(action, result.errorType);
    }
    if (result.kind === 'result') {
      return resultBranch(action, result.value, (operand) => this.text(operand));
    }
    return successBranch(action);
  }

  private finish(start: LoadedFlow, outcome: Outcome): SimulationResult {
    const trace: TraceStep[] = this.trace.map((step) => ({
      ...step,
      prompts: [...step.prompts],
      changes: [...step.changes],
      notes: [...step.notes],
    }));
    return {
      flow: start.name,
      outcome,
      trace,
      prompts: trace.flatMap((step) => step.prompts),
      attributes: this.state.textMap('Attributes'),
      flowAttributes: this.state.textMap('FlowAttributes'),
    };
  }

  // ActionContext

  resolve(value: unknown): unknown {
    return resolveValue(value, (segments) => this.state.read(segments));
  }

  text(value: unknown): string {
    return textOf(this.resolve(value));
  }

  resourceName(value: unknown): string | undefined {
    const resolved = this.resolve(value);
    if (resolved === undefined || resolved === null) return undefined;
    const name = textOf(resolved).trim();
    if (name === '') return undefined;
    return placeholderPattern.exec(name)?.[1] ?? name;
  }

  private segmentsOf(path: string | readonly PathSegment[]): readonly PathSegment[] {
    if (typeof path !== 'string') return path;
    const segments = wholePath(path);
    if (segments === undefined) this.missing(`a JSONPath, not "${path}"`);
    return segments;
  }

  read(path: string | readonly PathSegment[]): unknown {
    return this.state.read(this.segmentsOf(path));
  }

  write(path: string | readonly PathSegment[], value: unknown): void {
    this.current.step.changes.push(this.state.write(this.segmentsOf(path), value));
  }

  remove(path: readonly PathSegment[]): void {
    const change = this.state.remove(path);
    if (change !== undefined) this.current.step.changes.push(change);
  }

  replace(namespace: string, value: Readonly<Record<string, unknown>>): void {
    const old = this.state.read([namespace]);
    this.state.write([namespace], {});
    for (const [segments, leaf] of leaves(value, [namespace])) {
      if (segments.length === 1) continue;
      this.state.write(segments, leaf);
      const previous = readPath(old, segments.slice(1));
      this.current.step.changes.push({
        path: formatPath(segments),
        value: textOf(leaf),
        ...(previous !== undefined && { previous: textOf(previous) }),
      });
    }
  }

  play(prompt: Prompt): void {
    this.current.step.prompts.push(prompt);
  }

  note(text: string): void {
    this.current.step.notes.push(text);
  }

  private request(accepts: readonly InputKind[]) {
    const { action } = this.current;
    return {
      action: action.id,
      type: action.type,
      accepts,
      operands: action.conditions.flatMap((condition) => condition.operands),
    };
  }

  takeInput(accepts: readonly InputKind[]): CustomerInput | undefined {
    const input = this.inputs.take(this.request(accepts));
    if (input === undefined) return undefined;
    if (!accepts.includes(input.kind)) {
      this.missing(
        `input of another kind: the next input is ${describeInput(input)}, but it takes ${accepts.join(' or ')}`,
      );
    }
    this.current.step.input = input;
    return input;
  }

  peekInput(kinds: readonly InputKind[]): CustomerInput | undefined {
    const input = this.inputs.takeIf(this.request(kinds));
    if (input !== undefined) this.current.step.input = input;
    return input;
  }

  giveBack(input: CustomerInput): void {
    // The step keeps what the action used: nothing, or the keys before those given back.
    const taken = this.current.step.input;
    if (taken === input) delete this.current.step.input;
    else if (
      taken?.kind === 'dtmf' &&
      input.kind === 'dtmf' &&
      taken.digits.endsWith(input.digits)
    ) {
      this.current.step.input = {
        kind: 'dtmf',
        digits: taken.digits.slice(0, -input.digits.length),
      };
    }
    this.inputs.giveBack(input);
  }

  missing(what: string): never {
    const { action } = this.current;
    throw new SimulationError(
      'scenario',
      `${this.place(action)} (${action.type}) needs ${what}; the scenario does not give it.`,
      action.id,
    );
  }

  // Where an action is, for messages: a run may be in a module or a flow it transferred to.
  private place(action: SimAction): string {
    return `Action "${action.id}" of ${JSON.stringify(this.frame.flow.name)}`;
  }

  queueSetup(queue: string): QueueSetup | undefined {
    return lookup(this.scenario.queues, [queue]);
  }

  hoursOf(name: string): HoursState {
    return (
      lookup(this.scenario.hours, [name]) ??
      this.missing(`whether hours "${name}" are open (hours["${name}"])`)
    );
  }

  lambdaResponse(name: string, parameters: Readonly<Record<string, unknown>>): LambdaResponse {
    const stub =
      lookup(this.scenario.lambdas, [name, lambdaFunctionName(name)]) ??
      this.missing(`a stub for the Lambda function "${name}" (lambdas["${name}"])`);
    if (typeof stub === 'function') {
      return stub({ function: name, parameters, attributes: this.contactAttributes() });
    }
    if (Array.isArray(stub)) {
      const list = stub as readonly LambdaResponse[];
      const calls = this.stubCalls.get(stub) ?? 0;
      this.stubCalls.set(stub, calls + 1);
      return (
        list[Math.min(calls, list.length - 1)] ??
        this.missing(`a response in the stub list of "${name}"`)
      );
    }
    return stub as LambdaResponse;
  }

  draw(): number {
    const listed = this.scenario.draws?.[this.drawIndex];
    if (listed === undefined) return this.seeded();
    this.drawIndex++;
    if (!Number.isInteger(listed) || listed < 1 || listed > 100) {
      this.missing(`a draw from 1 to 100, not ${listed}`);
    }
    return listed;
  }

  loopIteration(): number {
    const count = (this.frame.loops.get(this.current.action.id) ?? 0) + 1;
    this.frame.loops.set(this.current.action.id, count);
    return count;
  }

  resetLoop(): void {
    this.frame.loops.delete(this.current.action.id);
  }

  findModule(name: string): LoadedFlow {
    return (
      findInCatalog(this.scenario.modules, name) ?? this.missing(`the module "${name}" (modules)`)
    );
  }

  findFlow(name: string): LoadedFlow | undefined {
    return findInCatalog(this.scenario.flows, name);
  }

  contactAttributes(): Record<string, string> {
    return this.state.textMap('Attributes');
  }

  newId(kind: string): string {
    const count = (this.ids.get(kind) ?? 0) + 1;
    this.ids.set(kind, count);
    return `${kind}-${count}`;
  }
}

/**
 * Runs a flow offline for one scenario: each action as the Flow language documents it, with the
 * scenario standing in for the customer, the instance and the services around it. The run stops
 * when the contact leaves the flow, waits for input the scenario does not give, or reaches the
 * step limit. A situation the scenario does not cover, an action the simulator does not run or a
 * type the catalog does not know throws a {@link SimulationError} with a one-line message.
 *
 * @example
 * ```ts
 * import { disconnect, flow, getCustomerInput, queue, setWorkingQueue, transferToQueue } from '@contactflow/dsl';
 * import { dtmf, simulate } from '@contactflow/simulator';
 *
 * const bye = disconnect();
 * const toSales = setWorkingQueue({ queue: queue('Sales') })
 *   .then(transferToQueue().onAtCapacity(bye).onError(bye))
 *   .onError(bye);
 * const menu = getCustomerInput({ text: 'For sales, press 1.', timeoutSeconds: 5 });
 * menu.when('1', toSales).onTimeout(bye).otherwise(bye).onError(bye);
 *
 * const run = simulate(flow('Main', { start: menu }), { channel: 'VOICE', inputs: [dtmf('1')] });
 * run.outcome; // { kind: 'queue', queue: 'Sales' }
 * run.prompts[0]?.text; // 'For sales, press 1.'
 * ```
 */
export function simulate(flow: FlowInput, scenario: Scenario = {}): SimulationResult {
  return new Run(scenario).execute(loadFlow(flow));
}
