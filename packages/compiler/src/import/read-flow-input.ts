import { designerFlowTypeTokens, flowTypes, type FlowType } from '@contactflow/dsl';
import { maxNestingDepth, nestsDeeperThan } from '../nesting-depth.js';
import { ImportError } from './import-error.js';
import type { ImportNote } from './import-note.js';

/** One error branch of an action, as the document writes it. */
export interface InputError {
  readonly errorType: string;
  readonly target: string;
}

/** One condition of an action, as the document writes it. */
export interface InputCondition {
  /** `Operator`, when it is text. */
  readonly operator: string | undefined;
  /** `Operands`, when it is a list. */
  readonly operands: readonly unknown[] | undefined;
  /** The whole `Condition` object, for a condition only `raw(...)` can write as it is. */
  readonly condition: JsonObject;
  readonly target: string;
}

/** An action of the document, with its transitions read into lists. */
export interface InputAction {
  readonly id: string;
  readonly type: string;
  /** `Parameters` as found; `undefined` when the action has none. */
  readonly parameters: unknown;
  readonly next: string | undefined;
  readonly errors: readonly InputError[];
  readonly conditions: readonly InputCondition[];
  /** The console's metadata of the action (`isFriendlyName`, ...), when there is some. */
  readonly metadata: Readonly<Record<string, unknown>> | undefined;
}

/** What the importer reads from its input: the document and what its wrapper says about it. */
export interface FlowInput {
  readonly startAction: string;
  readonly actions: readonly InputAction[];
  readonly flowType: FlowType | undefined;
  readonly name: string | undefined;
  readonly description: string | undefined;
  /** A module's `Settings` (declared inputs, outputs and results), when the input carries them. */
  readonly settings: Readonly<Record<string, unknown>> | undefined;
  /** Parts of the document left out because they are malformed. */
  readonly notes: readonly ImportNote[];
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function objectOrJson(value: unknown): JsonObject | undefined {
  if (isObject(value)) return nestsDeeperThan(value) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) && !nestsDeeperThan(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface Unwrapped {
  readonly document: unknown;
  readonly holder: JsonObject | undefined;
  readonly module: boolean;
}

// The output of DescribeContactFlow (`ContactFlow`), of DescribeContactFlowModule
// (`ContactFlowModule`), or the `{ "Content": ... }` that CreateContactFlow takes.
function unwrap(value: unknown): Unwrapped {
  if (!isObject(value) || Object.hasOwn(value, 'Actions') || Object.hasOwn(value, 'StartAction')) {
    return { document: value, holder: undefined, module: false };
  }
  for (const kind of ['ContactFlow', 'ContactFlowModule'] as const) {
    const holder = value[kind];
    if (isObject(holder)) {
      return {
        document: contentOf(holder, `${kind}.Content`),
        holder,
        module: kind === 'ContactFlowModule',
      };
    }
  }
  if (Object.hasOwn(value, 'Content')) {
    return { document: contentOf(value, 'Content'), holder: value, module: false };
  }
  return { document: value, holder: undefined, module: false };
}

function contentOf(holder: JsonObject, what: string): unknown {
  const content = holder['Content'];
  return typeof content === 'string' ? parseJson(content, what) : content;
}

function readTransitions(
  id: string,
  transitions: unknown,
  notes: ImportNote[],
): Pick<InputAction, 'next' | 'errors' | 'conditions'> {
  if (transitions === undefined) return { next: undefined, errors: [], conditions: [] };
  if (!isObject(transitions)) {
    notes.push({ severity: 'warning', actionId: id, message: 'Transitions is not an object.' });
    return { next: undefined, errors: [], conditions: [] };
  }
  const next = transitions['NextAction'];
  const errors: InputError[] = [];
  const conditions: InputCondition[] = [];
  const list = (key: string): unknown[] => {
    const value = transitions[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    notes.push({ severity: 'warning', actionId: id, message: `Transitions.${key} is not a list.` });
    return [];
  };
  for (const entry of list('Errors')) {
    if (
      isObject(entry) &&
      typeof entry['ErrorType'] === 'string' &&
      typeof entry['NextAction'] === 'string'
    ) {
      errors.push({ errorType: entry['ErrorType'], target: entry['NextAction'] });
    } else {
      notes.push({
        severity: 'warning',
        actionId: id,
        message: 'A malformed error branch is left out.',
      });
    }
  }
  for (const entry of list('Conditions')) {
    const condition = isObject(entry) ? entry['Condition'] : undefined;
    // A condition without Operator or Operands is kept: raw() writes it as it is.
    if (isObject(entry) && typeof entry['NextAction'] === 'string' && isObject(condition)) {
      const operator = condition['Operator'];
      const operands = condition['Operands'];
      conditions.push({
        operator: typeof operator === 'string' ? operator : undefined,
        operands: Array.isArray(operands) ? operands : undefined,
        condition,
        target: entry['NextAction'],
      });
    } else {
      notes.push({
        severity: 'warning',
        actionId: id,
        message: 'A malformed condition is left out.',
      });
    }
  }
  if (next !== undefined && typeof next !== 'string') {
    notes.push({ severity: 'warning', actionId: id, message: 'NextAction is not a string.' });
  }
  return { next: typeof next === 'string' ? next : undefined, errors, conditions };
}

function flowTypeOf(unwrapped: Unwrapped, metadata: JsonObject | undefined): FlowType | undefined {
  if (unwrapped.module) return 'FLOW_MODULE';
  const type = unwrapped.holder?.['Type'];
  if (typeof type === 'string' && (flowTypes as readonly string[]).includes(type)) {
    return type as FlowType;
  }
  const token = metadata?.['type'];
  return typeof token === 'string' && Object.hasOwn(designerFlowTypeTokens, token)
    ? designerFlowTypeTokens[token]
    : undefined;
}

/**
 * Reads a Flow-language document, or the wrapper the Amazon Connect APIs put around one, into the
 * actions and facts the importer works from. Malformed transitions become notes; a document without
 * actions or whose start names no action is an {@link ImportError}.
 */
export function readFlowInput(input: unknown): FlowInput {
  // A byte order mark, as some editors save exports, is not JSON.
  const value =
    typeof input === 'string' ? parseJson(input.replace(/^\uFEFF/, ''), 'the input') : input;
  const unwrapped = unwrap(value);
  const document = unwrapped.document;
  // The importer's walks recurse; no flow nests anywhere near this deep.
  if (nestsDeeperThan(document)) {
    throw new ImportError(
      `not a Flow-language document (it nests deeper than ${maxNestingDepth} levels)`,
    );
  }
  if (!isObject(document)) {
    throw new ImportError('not a Flow-language document (it is not a JSON object)');
  }
  const rawActions = document['Actions'];
  if (!Array.isArray(rawActions)) {
    throw new ImportError('not a Flow-language document (it has no "Actions" list)');
  }
  const metadata = isObject(document['Metadata']) ? document['Metadata'] : undefined;
  const actionMetadata = isObject(metadata?.['ActionMetadata'])
    ? metadata['ActionMetadata']
    : undefined;
  const notes: ImportNote[] = [];
  const actions: InputAction[] = [];
  for (const [index, action] of rawActions.entries()) {
    if (
      !isObject(action) ||
      typeof action['Identifier'] !== 'string' ||
      typeof action['Type'] !== 'string'
    ) {
      throw new ImportError(`action ${index + 1} has no Identifier or no Type`);
    }
    const id = action['Identifier'];
    const own = actionMetadata !== undefined && Object.hasOwn(actionMetadata, id);
    const actionMeta = own ? actionMetadata[id] : undefined;
    actions.push({
      id,
      type: action['Type'],
      parameters: action['Parameters'],
      ...readTransitions(id, action['Transitions'], notes),
      metadata: isObject(actionMeta) ? actionMeta : undefined,
    });
  }
  const startAction = document['StartAction'];
  if (typeof startAction !== 'string' || !actions.some((a) => a.id === startAction)) {
    throw new ImportError(
      typeof startAction === 'string'
        ? `StartAction "${startAction}" names no action of the document`
        : 'the document has no StartAction',
    );
  }
  const holder = unwrapped.holder;
  return {
    startAction,
    actions,
    flowType: flowTypeOf(unwrapped, metadata),
    name: optionalString(holder?.['Name']) ?? optionalString(metadata?.['name']),
    description:
      optionalString(holder?.['Description']) ?? optionalString(metadata?.['description']),
    settings: objectOrJson(holder?.['Settings']) ?? objectOrJson(document['Settings']),
    notes,
  };
}
