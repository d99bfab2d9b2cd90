import { loadFlow, type FlowInput, type LoadedFlow } from './load-flow.js';
import type { FlowCatalog } from './scenario.js';

/**
 * The entry of a scenario map for the first of these names that has one, else the `'*'` entry.
 */
export function lookup<T>(
  map: Readonly<Record<string, T>> | undefined,
  names: readonly (string | undefined)[],
): T | undefined {
  if (map === undefined) return undefined;
  for (const name of [...names, '*']) {
    if (name !== undefined && Object.hasOwn(map, name)) return map[name];
  }
  return undefined;
}

/** The function name in a Lambda ARN (`arn:aws:lambda:…:function:getBalance-dev` gives `getBalance-dev`). */
export function lambdaFunctionName(arn: string): string | undefined {
  return /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(arn)?.[1];
}

/** Whether a value looks like an ARN. */
export function isArn(value: string): boolean {
  return value.startsWith('arn:');
}

/** A flow of a scenario's catalog by the name (or ARN) the flow uses. */
export function findInCatalog(
  catalog: FlowCatalog | undefined,
  name: string,
): LoadedFlow | undefined {
  if (catalog === undefined) return undefined;
  if (Array.isArray(catalog)) {
    const flows = (catalog as readonly FlowInput[]).map((input, index) =>
      loadFlow(input, `flow ${index + 1}`),
    );
    return flows.find((flow) => flow.name === name);
  }
  const entries = catalog as Readonly<Record<string, FlowInput>>;
  const input = lookup(entries, [name]);
  return input === undefined ? undefined : loadFlow(input, name);
}
