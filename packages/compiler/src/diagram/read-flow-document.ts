/** One outgoing transition as the document writes it. */
export interface DocumentTransition {
  /** `next` for `NextAction`, `condition` for a `Conditions` entry, `error` for an `Errors` one. */
  readonly kind: 'next' | 'condition' | 'error';
  readonly target: string;
  /** The `ErrorType` of an error transition. */
  readonly errorType?: string;
  /** The operator and operands of a condition. */
  readonly operator?: string;
  readonly operands?: readonly string[];
}

/** One action, read defensively: whatever has the wrong shape is left out. */
export interface DocumentAction {
  readonly index: number;
  readonly identifier: string | undefined;
  readonly type: string | undefined;
  /** The `Parameters` object, `{}` when it is missing or not an object. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The action as written, for people who want to see all of it. */
  readonly raw: unknown;
  readonly transitions: readonly DocumentTransition[];
  /** `Metadata.ActionMetadata` for this identifier, `{}` when there is none. */
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** What a diagram needs of a Flow-language document. */
export interface DocumentFlow {
  readonly startAction: string | undefined;
  /** `Metadata.name`, the flow's name in console exports and compiled output. */
  readonly name: string | undefined;
  readonly actions: readonly DocumentAction[];
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function ownRecord(
  holder: Readonly<Record<string, unknown>>,
  key: string,
): Record<string, unknown> {
  const value = Object.hasOwn(holder, key) ? holder[key] : undefined;
  return isRecord(value) ? value : {};
}

function transitionsOf(value: unknown): DocumentTransition[] {
  if (!isRecord(value)) return [];
  const found: DocumentTransition[] = [];
  if (typeof value['NextAction'] === 'string') {
    found.push({ kind: 'next', target: value['NextAction'] });
  }
  for (const entry of listOf(value['Conditions'])) {
    if (!isRecord(entry) || typeof entry['NextAction'] !== 'string') continue;
    const condition = isRecord(entry['Condition']) ? entry['Condition'] : {};
    found.push({
      kind: 'condition',
      target: entry['NextAction'],
      operator: typeof condition['Operator'] === 'string' ? condition['Operator'] : '?',
      operands: listOf(condition['Operands']).map((operand) =>
        typeof operand === 'string' ? operand : JSON.stringify(operand),
      ),
    });
  }
  for (const entry of listOf(value['Errors'])) {
    if (!isRecord(entry) || typeof entry['NextAction'] !== 'string') continue;
    found.push({
      kind: 'error',
      target: entry['NextAction'],
      errorType: typeof entry['ErrorType'] === 'string' ? entry['ErrorType'] : '?',
    });
  }
  return found;
}

/**
 * Reads the parts of a document that a diagram shows, from any JSON value: a document of another
 * shape gives an empty flow rather than an error, so that every input can be drawn.
 */
export function readFlowDocument(document: unknown): DocumentFlow {
  if (!isRecord(document)) return { startAction: undefined, name: undefined, actions: [] };
  const metadata = ownRecord(document, 'Metadata');
  const actionMetadata = ownRecord(metadata, 'ActionMetadata');
  const actions = listOf(document['Actions']).map((action, index): DocumentAction => {
    const record = isRecord(action) ? action : {};
    const identifier = typeof record['Identifier'] === 'string' ? record['Identifier'] : undefined;
    return {
      index,
      identifier,
      type: typeof record['Type'] === 'string' ? record['Type'] : undefined,
      parameters: isRecord(record['Parameters']) ? record['Parameters'] : {},
      raw: action,
      transitions: transitionsOf(record['Transitions']),
      metadata: identifier === undefined ? {} : ownRecord(actionMetadata, identifier),
    };
  });
  const start = document['StartAction'];
  const name = metadata['name'];
  return {
    startAction: typeof start === 'string' ? start : undefined,
    name: typeof name === 'string' && name.trim() !== '' ? name : undefined,
    actions,
  };
}
