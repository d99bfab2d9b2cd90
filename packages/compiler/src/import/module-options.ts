import type { ModuleParameter } from '@contactflow/dsl';
import type { ImportNote } from './import-note.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** The `inputs`, `outputs` and `results` of `flowModule(...)`, from a module's `Settings`. */
export interface ModuleOptions {
  readonly inputs?: Record<string, ModuleParameter>;
  readonly outputs?: Record<string, ModuleParameter>;
  readonly results?: string[];
}

const parameterTypes: readonly string[] = ['String', 'Number', 'Boolean'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parameters(
  list: unknown,
  what: string,
  notes: ImportNote[],
): Record<string, ModuleParameter> | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const result: Record<string, ModuleParameter> = {};
  for (const entry of list) {
    if (
      !isObject(entry) ||
      typeof entry['Name'] !== 'string' ||
      !parameterTypes.includes(entry['Type'] as string)
    ) {
      notes.push({
        severity: 'warning',
        message: `A module ${what} of an unknown shape is left out.`,
      });
      continue;
    }
    const description = entry['Description'];
    result[entry['Name']] = {
      type: entry['Type'] as ModuleParameter['type'],
      ...(typeof description === 'string' && description !== '' && { description }),
      ...(entry['Required'] === true && { required: true }),
    };
  }
  return result;
}

/**
 * Reads a module's declared inputs, outputs and named results from its `Settings`, as
 * `DescribeContactFlowModule` returns them; what is malformed becomes a note.
 */
export function moduleOptions(
  settings: JsonObject | undefined,
  notes: ImportNote[],
): ModuleOptions {
  if (settings === undefined) return {};
  const transitions = Array.isArray(settings['Transitions']) ? settings['Transitions'] : [];
  const results = transitions
    .map((entry: unknown) => (isObject(entry) ? entry['ReferenceName'] : undefined))
    .filter(
      (name): name is string => typeof name === 'string' && name !== 'Success' && name !== 'Error',
    );
  const inputs = parameters(settings['InputParameters'], 'input', notes);
  const outputs = parameters(settings['OutputParameters'], 'output', notes);
  return {
    ...(inputs && { inputs }),
    ...(outputs && { outputs }),
    ...(results.length > 0 && { results }),
  };
}
