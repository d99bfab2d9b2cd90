import { pointerFrom } from '../json-pointer.js';

/**
 * A value of the document as text for a label, never failing: objects as JSON (an object's own
 * `toString` key may be anything), and a value nested too deep to write as such.
 */
function shownValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return '(nested too deep)';
  }
}

/** One outgoing transition of an action, wherever it sits in `Transitions`. */
export interface TransitionShape {
  /** `next`, an error type, or a condition. */
  readonly kind: 'next' | 'error' | 'condition';
  /** The `ErrorType`, or the condition as `Operator Operand`; empty for `next`. */
  readonly label: string;
  /** The identifier it points to. */
  readonly target: string;
  /** Pointer to its `NextAction`. */
  readonly pointer: string;
}

/** What rules need of one action, read defensively from whatever the document holds. */
export interface ActionShape {
  readonly index: number;
  readonly pointer: string;
  /** `undefined` when the action has no string identifier. */
  readonly id: string | undefined;
  readonly type: string | undefined;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly transitions: readonly TransitionShape[];
}

/** The parts of a Flow-language document that rules read. */
export interface FlowShape {
  readonly startAction: string | undefined;
  readonly actions: readonly ActionShape[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function transitionsOf(value: unknown, base: string): TransitionShape[] {
  if (!isRecord(value)) return [];
  const found: TransitionShape[] = [];
  if (typeof value['NextAction'] === 'string') {
    found.push({
      kind: 'next',
      label: '',
      target: value['NextAction'],
      pointer: `${base}/NextAction`,
    });
  }
  listOf(value['Errors']).forEach((entry, i) => {
    if (isRecord(entry) && typeof entry['NextAction'] === 'string') {
      found.push({
        kind: 'error',
        label: typeof entry['ErrorType'] === 'string' ? entry['ErrorType'] : '?',
        target: entry['NextAction'],
        pointer: `${base}/Errors/${i}/NextAction`,
      });
    }
  });
  listOf(value['Conditions']).forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry['NextAction'] !== 'string') return;
    const condition = isRecord(entry['Condition']) ? entry['Condition'] : {};
    const operands = listOf(condition['Operands']).map(shownValue).join(', ');
    found.push({
      kind: 'condition',
      label: `${shownValue(condition['Operator'] ?? '?')} ${operands}`,
      target: entry['NextAction'],
      pointer: `${base}/Conditions/${i}/NextAction`,
    });
  });
  return found;
}

/**
 * Reads the start and the actions of a document, skipping what has the wrong shape (the schema
 * check reports that), so that graph rules run on any input.
 */
export function readFlowShape(document: unknown): FlowShape {
  if (!isRecord(document)) return { startAction: undefined, actions: [] };
  const actions = listOf(document['Actions']).map((action, index): ActionShape => {
    const pointer = pointerFrom(['Actions', index]);
    const record = isRecord(action) ? action : {};
    return {
      index,
      pointer,
      id: typeof record['Identifier'] === 'string' ? record['Identifier'] : undefined,
      type: typeof record['Type'] === 'string' ? record['Type'] : undefined,
      parameters: isRecord(record['Parameters']) ? record['Parameters'] : {},
      transitions: transitionsOf(record['Transitions'], `${pointer}/Transitions`),
    };
  });
  const start = document['StartAction'];
  return { startAction: typeof start === 'string' ? start : undefined, actions };
}
