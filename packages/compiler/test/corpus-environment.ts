import type { Environment } from '@contactflow/dsl';

// Which environment key an ARN belongs under, by its resource path.
const kinds: readonly (readonly [RegExp, string])[] = [
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/queue\//, 'queues'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/prompt\//, 'prompts'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/operating-hours\//, 'hoursOfOperation'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/contact-flow\//, 'flows'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/flow-module\//, 'flowModules'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/agent\//, 'agents'],
  [/^arn:aws:connect:[^:]*:[^:]*:instance\/[^/]+\/transfer-destination\//, 'quickConnects'],
  [/^arn:aws:connect:[^:]*:[^:]*:phone-number\//, 'phoneNumbers'],
  [/^arn:aws:lambda:/, 'lambdaFunctions'],
  [/^arn:aws:lex:/, 'lexBots'],
];

function strings(value: unknown, found: string[]): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) strings(item, found);
  }
  return found;
}

/**
 * An environment that names every instance ARN a document's parameters hold (`queues: { "queue
 * 1": "arn:...:queue/..." }`), so that importing with it turns them into references.
 */
export function environmentOf(document: unknown): Environment {
  const actions = (document as { Actions?: unknown }).Actions;
  const environment: Record<string, Record<string, string>> = {};
  const seen = new Set<string>();
  for (const value of strings(
    Array.isArray(actions) ? actions.map((a) => a?.Parameters) : [],
    [],
  )) {
    const kind = kinds.find(([pattern]) => pattern.test(value))?.[1];
    if (kind === undefined || seen.has(value)) continue;
    seen.add(value);
    const names = (environment[kind] ??= {});
    names[`${kind} ${Object.keys(names).length + 1}`] = value;
  }
  return environment;
}
