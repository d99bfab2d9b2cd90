import { findAction } from '@contactflow/dsl/catalog';
import { pointerFrom } from '../json-pointer.js';
import { quoted } from '../values/describe-value.js';
import { isWholeJsonPath } from '../values/embedded-paths.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/**
 * The parameters that name contact or flow attributes by key, and whether a key may be one whole
 * JSONPath (the attribute the path names is set).
 */
const attributeMaps: Readonly<Record<string, { parameter: string; dynamicKeys: boolean }>> = {
  UpdateContactAttributes: { parameter: 'Attributes', dynamicKeys: true },
  UpdateFlowAttributes: { parameter: 'FlowAttributes', dynamicKeys: false },
  CreateTask: { parameter: 'Attributes', dynamicKeys: true },
};

/** The contact record's attributes section holds 32 KB in all (guide L2333). */
const maxAttributeBytes = 32 * 1024;

const setAttributes = (key: string) => ({
  Version: '2019-10-30',
  StartAction: 'task',
  Actions: [
    {
      Identifier: 'task',
      Type: 'CreateTask',
      Parameters: {
        ContactFlowId: '66666666-7777-8888-9999-000000000000',
        Name: 'Call back $.CustomerEndpoint.Address',
        Attributes: { [key]: '$.CustomerEndpoint.Address' },
      },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

const compiledKeyPatterns = new Map<string, RegExp | null>();

/** Whether the catalog's own key pattern refuses the key; the schema check reports that. */
function schemaRefusesKey(type: string, parameter: string, key: string): boolean {
  const source = findAction(type)?.parameters.properties?.[parameter]?.propertyNames?.pattern;
  if (source === undefined) return false;
  let pattern = compiledKeyPatterns.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(source, 'u');
    } catch {
      pattern = null;
    }
    compiledKeyPatterns.set(source, pattern);
  }
  return pattern !== null && !pattern.test(key);
}

function problemOf(key: string, dynamicKeys: boolean): string | undefined {
  if (key.trim() === '') return 'an empty name; an attribute needs a name to be read back by';
  if (dynamicKeys && isWholeJsonPath(key)) return undefined;
  if (/[$.]/u.test(key)) {
    return 'a name with "$" or "."; those characters delimit JSONPaths and may not be in a name';
  }
  if (new TextEncoder().encode(key).length > maxAttributeBytes) {
    return 'a name longer than the 32 KB all attributes of a contact may take together';
  }
  return undefined;
}

export const invalidAttributeKey = defineRule({
  meta: {
    id: 'invalid-attribute-key',
    category: 'values',
    severity: 'error',
    description:
      'An attribute is given a name Amazon Connect refuses: empty, with "$" or ".", or longer than the attributes section.',
    rationale:
      '"$" and "." delimit JSONPaths, so a key holding them cannot be read back and is refused (guide L31903-31906, L39767-39775); a name that does not fit in the 32 KB attributes section cannot be stored (L2333). Set contact attributes and Set flow attributes are checked by the schema; this covers the attributes a Create task block gives the new task, and names the schema lets through.',
    examples: { bad: setAttributes('customer.phone'), good: setAttributes('customerPhone') },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type === undefined || !Object.hasOwn(attributeMaps, action.type)) continue;
      const { parameter, dynamicKeys } = attributeMaps[action.type]!;
      const map = action.parameters[parameter];
      if (typeof map !== 'object' || map === null || Array.isArray(map)) continue;
      for (const key of Object.keys(map)) {
        if (schemaRefusesKey(action.type, parameter, key)) continue;
        const problem = problemOf(key, dynamicKeys);
        if (problem === undefined) continue;
        report({
          message: `${parameter} has ${quoted(key)}, ${problem}.`,
          pointer: pointerFrom(['Actions', action.index, 'Parameters', parameter, key]),
          actionId: action.id,
          hint: dynamicKeys
            ? 'Name it with letters, digits, "_" or "-" (customerPhone); to set the attribute another one names, make the name one whole JSONPath.'
            : 'Name it with letters, digits, "_" or "-" (customerPhone).',
        });
      }
    }
  },
});
