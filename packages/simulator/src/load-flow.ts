import { compile } from '@contactflow/compiler';
import {
  designerFlowTypeTokens,
  flowTypes,
  isFlowDefinition,
  type FlowDefinition,
  type FlowType,
} from '@contactflow/dsl';
import { SimulationError } from './simulation-error.js';

/** A Flow-language document, as far as the simulator reads it. */
export interface FlowDocumentLike {
  readonly StartAction?: unknown;
  readonly Actions?: unknown;
  readonly Metadata?: unknown;
}

/**
 * A flow to simulate: a builder flow or module (compiled with references left as `{{kind:name}}`
 * placeholders, so outcomes name queues by their logical names), a parsed Flow-language document,
 * or its JSON text. `DescribeContactFlow` output and `{ Content }` wrappers are unwrapped.
 */
export type FlowInput = FlowDefinition | FlowDocumentLike | string;

/** One condition of an action, with where it leads. */
export interface SimCondition {
  readonly operator: string;
  readonly operands: readonly string[];
  readonly target: string | undefined;
}

/** An action as the simulator runs it: the document's fields, with transitions normalised. */
export interface SimAction {
  readonly id: string;
  readonly type: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly next: string | undefined;
  readonly errors: readonly { readonly type: string; readonly target: string | undefined }[];
  readonly conditions: readonly SimCondition[];
}

/** A flow ready to run. */
export interface LoadedFlow {
  readonly name: string;
  readonly flowType: FlowType | undefined;
  readonly start: string;
  /** The actions by identifier, in document order; the first of two with one identifier wins. */
  readonly actions: ReadonlyMap<string, SimAction>;
}

const loaded = new WeakMap<object, LoadedFlow>();

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

interface Unwrapped {
  readonly document: Readonly<Record<string, unknown>>;
  readonly name: string | undefined;
  readonly flowType: FlowType | undefined;
}

function parseText(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SimulationError('invalid-flow', `${name} is not JSON: ${(error as Error).message}`);
  }
}

// DescribeContactFlow output, DescribeContactFlowModule output, or the input of CreateContactFlow.
function unwrap(value: unknown, name: string): Unwrapped {
  if (!isRecord(value))
    throw new SimulationError('invalid-flow', `${name} is not a flow document.`);
  if (Object.hasOwn(value, 'Actions') || Object.hasOwn(value, 'StartAction')) {
    return { document: value, name: undefined, flowType: undefined };
  }
  const holder = isRecord(value.ContactFlow)
    ? value.ContactFlow
    : isRecord(value.ContactFlowModule)
      ? value.ContactFlowModule
      : value;
  const content = holder.Content;
  if (content === undefined) throw new SimulationError('invalid-flow', `${name} has no Actions.`);
  const inner = typeof content === 'string' ? parseText(content, name) : content;
  if (!isRecord(inner)) throw new SimulationError('invalid-flow', `${name} has no Actions.`);
  const type = asString(holder.Type);
  return {
    document: inner,
    name: asString(holder.Name),
    flowType:
      holder === value.ContactFlowModule
        ? 'FLOW_MODULE'
        : flowTypes.includes(type as FlowType)
          ? (type as FlowType)
          : undefined,
  };
}

function normaliseAction(value: unknown, index: number, flowName: string): SimAction {
  if (!isRecord(value) || typeof value.Identifier !== 'string' || typeof value.Type !== 'string') {
    throw new SimulationError(
      'invalid-flow',
      `Action ${index + 1} of ${flowName} has no Identifier or Type.`,
    );
  }
  const transitions = isRecord(value.Transitions) ? value.Transitions : {};
  const errors = Array.isArray(transitions.Errors) ? transitions.Errors : [];
  const conditions = Array.isArray(transitions.Conditions) ? transitions.Conditions : [];
  return {
    id: value.Identifier,
    type: value.Type,
    parameters: isRecord(value.Parameters) ? value.Parameters : {},
    next: asString(transitions.NextAction),
    errors: errors.filter(isRecord).flatMap((error) => {
      const type = asString(error.ErrorType);
      return type === undefined ? [] : [{ type, target: asString(error.NextAction) }];
    }),
    conditions: conditions.filter(isRecord).map((entry) => {
      const condition = isRecord(entry.Condition) ? entry.Condition : {};
      const operands = Array.isArray(condition.Operands) ? condition.Operands : [];
      return {
        operator: asString(condition.Operator) ?? '',
        operands: operands.map((operand) =>
          typeof operand === 'string' ? operand : JSON.stringify(operand),
        ),
        target: asString(entry.NextAction),
      };
    }),
  };
}

function fromDocument(
  document: Readonly<Record<string, unknown>>,
  name: string,
  flowType: FlowType | undefined,
): LoadedFlow {
  const start = asString(document.StartAction);
  if (start === undefined) throw new SimulationError('invalid-flow', `${name} has no StartAction.`);
  if (!Array.isArray(document.Actions)) {
    throw new SimulationError('invalid-flow', `${name} has no Actions list.`);
  }
  const actions = new Map<string, SimAction>();
  document.Actions.forEach((value: unknown, index) => {
    const action = normaliseAction(value, index, name);
    if (!actions.has(action.id)) actions.set(action.id, action);
  });
  return { name, flowType, start, actions };
}

function metadataOf(document: Readonly<Record<string, unknown>>): {
  name: string | undefined;
  flowType: FlowType | undefined;
} {
  const metadata = isRecord(document.Metadata) ? document.Metadata : {};
  const token = asString(metadata.type);
  return {
    name: asString(metadata.name),
    flowType: token !== undefined ? designerFlowTypeTokens[token] : undefined,
  };
}

function loadUncached(input: FlowInput, fallbackName: string): LoadedFlow {
  if (isFlowDefinition(input)) {
    const { document, diagnostics } = compile(input, { unresolvedReferences: 'placeholder' });
    const problem = diagnostics.find((d) => d.severity === 'error');
    if (problem !== undefined) {
      throw new SimulationError(
        'invalid-flow',
        `${input.name} does not compile: ${problem.message}`,
        problem.actionId,
      );
    }
    return fromDocument(
      document as unknown as Readonly<Record<string, unknown>>,
      input.name,
      input.flowType,
    );
  }
  const value = typeof input === 'string' ? parseText(input, fallbackName) : input;
  const unwrapped = unwrap(value, fallbackName);
  const metadata = metadataOf(unwrapped.document);
  return fromDocument(
    unwrapped.document,
    unwrapped.name ?? metadata.name ?? fallbackName,
    unwrapped.flowType ?? metadata.flowType,
  );
}

/**
 * Reads a flow for the simulator. Builder flows are compiled once, documents read once: the same
 * object gives the same loaded flow on every call.
 *
 * @example
 * ```ts
 * import { disconnect, flow } from '@contactflow/dsl';
 * import { loadFlow } from '@contactflow/simulator';
 * loadFlow(flow('Bye', { start: disconnect() })).actions.size; // 1
 * ```
 */
export function loadFlow(input: FlowInput, fallbackName = 'flow'): LoadedFlow {
  if (typeof input === 'string') return loadUncached(input, fallbackName);
  const known = loaded.get(input);
  if (known !== undefined) return known;
  const flow = loadUncached(input, fallbackName);
  loaded.set(input, flow);
  return flow;
}
