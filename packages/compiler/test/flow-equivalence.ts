type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so that key order does not count. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * One action as the round trip compares it: type, parameters (absent is `{}`), `NextAction`, and
 * the error branches and conditions (whole `Condition` objects) as sorted lists (absent is empty),
 * keys in any order.
 */
function normalAction(action: JsonObject): Record<string, string> {
  const transitions = isObject(action['Transitions']) ? action['Transitions'] : {};
  return {
    Type: canonical(action['Type']),
    Parameters: canonical(action['Parameters'] ?? {}),
    NextAction: canonical(transitions['NextAction'] ?? null),
    Errors: canonical(
      list(transitions['Errors'])
        .map((e) => canonical([(e as JsonObject)['ErrorType'], (e as JsonObject)['NextAction']]))
        .sort(),
    ),
    Conditions: canonical(
      list(transitions['Conditions'])
        .map((c) => canonical([(c as JsonObject)['Condition'], (c as JsonObject)['NextAction']]))
        .sort(),
    ),
  };
}

/**
 * How two Flow-language documents differ in what the round trip keeps: the start action, the set of
 * action identifiers, and each action's type, parameters and transitions. Metadata, layout, key
 * order and the order of actions, errors and conditions do not count. Empty when they agree.
 */
export function flowDifferences(expected: unknown, actual: unknown): string[] {
  if (!isObject(expected) || !isObject(actual)) return ['not both documents'];
  const differences: string[] = [];
  if (expected['StartAction'] !== actual['StartAction']) {
    differences.push(
      `StartAction: ${String(expected['StartAction'])} became ${String(actual['StartAction'])}`,
    );
  }
  const byId = (document: JsonObject) =>
    new Map(
      list(document['Actions'])
        .filter(isObject)
        .map((action) => [String(action['Identifier']), action] as const),
    );
  const before = byId(expected);
  const after = byId(actual);
  for (const id of before.keys()) if (!after.has(id)) differences.push(`${id}: missing`);
  for (const id of after.keys()) if (!before.has(id)) differences.push(`${id}: added`);
  for (const [id, action] of before) {
    const other = after.get(id);
    if (other === undefined) continue;
    const a = normalAction(action);
    const b = normalAction(other);
    for (const key of Object.keys(a)) {
      if (a[key] !== b[key]) differences.push(`${id} ${key}: ${a[key]} became ${b[key]}`);
    }
  }
  return differences;
}
