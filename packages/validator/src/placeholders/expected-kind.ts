import type { JsonSchema, ResourceKind } from '@contactflow/dsl/catalog';
import { findAction, jsonPathPattern } from '@contactflow/dsl/catalog';
import { isAt, type ParameterLeaf } from '../values/parameter-leaves.js';
import { phoneNumberParameters } from '../values/phone-numbers.js';

/** How a flow author names what a parameter of each resource kind holds. */
const resourceNouns: Readonly<Record<ResourceKind, string>> = {
  queue: 'queue ARN',
  prompt: 'prompt ARN',
  'hours-of-operation': 'hours of operation ARN',
  'lambda-function': 'Lambda function ARN',
  'lex-bot-alias': 'Lex bot alias ARN',
  flow: 'flow ARN',
  'flow-module': 'flow module ARN',
  'phone-number': 'phone number ARN',
  'quick-connect': 'quick connect ARN',
  agent: 'agent ARN',
  view: 'view ARN',
  'task-template': 'task template ARN',
  'security-key': 'security key id',
  'wisdom-assistant': 'Amazon Q in Connect assistant ARN',
  'case-template': 'case template id',
  'customer-profiles-domain': 'Customer Profiles domain',
  'voice-connector': 'voice connector ARN',
  'email-address': 'email address ARN',
};

/** Parameters named so hold a language tag (en-US), whatever pattern the catalog gives them. */
const languageName = /Language(?:Code)?$/u;

function typesOf(schema: JsonSchema): readonly string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

function isNumber(schema: JsonSchema): boolean {
  return typesOf(schema).some((type) => type === 'integer' || type === 'number');
}

function isFlag(schema: JsonSchema): boolean {
  return (
    schema.enum?.length === 2 &&
    schema.enum.every((value) => typeof value === 'string' && /^(?:true|false)$/iu.test(value))
  );
}

function choices(values: readonly unknown[]): string {
  const shown = values.slice(0, 4).map(String).join(', ');
  return `one of ${shown}${values.length > 4 ? ', ...' : ''}`;
}

/**
 * What a whole parameter value stands for, as the catalog says: the resource its ARN names, a phone
 * number, a language code, a number, a choice, or text.
 */
function kindOfValue(actionType: string | undefined, leaf: ParameterLeaf): string {
  const { schemas } = leaf;
  if (schemas.length === 0) return 'value';
  const resource = schemas.find((schema) => schema['x-resource'] !== undefined)?.['x-resource'];
  if (resource !== undefined) return resourceNouns[resource];
  const places = actionType === undefined ? undefined : phoneNumberParameters[actionType];
  if (places?.some((place) => isAt(leaf, place))) return 'phone number';
  const name = leaf.path.findLast((segment) => typeof segment === 'string');
  if (name !== undefined && languageName.test(name)) return 'language code';
  if (schemas.some(isNumber)) return 'number';
  if (schemas.every(isFlag)) return 'True or False';
  const listed = schemas.find((schema) => schema.enum !== undefined)?.enum;
  if (listed !== undefined && schemas.every((schema) => schema.enum !== undefined)) {
    return choices(listed);
  }
  if (schemas.every((schema) => schema.pattern === jsonPathPattern)) return 'JSONPath';
  return 'text';
}

/**
 * The kind of value a placeholder stands for at a parameter: "queue ARN", "prompt ARN", "Lambda
 * function ARN", "language code", "phone number", "number", "text", ...; "part of a queue ARN" for
 * a placeholder that is one piece of a longer value.
 */
export function expectedKind(
  actionType: string | undefined,
  leaf: ParameterLeaf,
  whole: boolean,
): string {
  const kind = kindOfValue(actionType, leaf);
  if (whole || kind === 'text' || kind === 'value') return kind;
  if (kind.startsWith('one of') || kind === 'True or False') return `part of ${kind}`;
  return `part of ${/^[aeiou]/iu.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * Whether a conditional clause of the action's parameters narrows the value by the other
 * parameters (a synchronous Lambda function's timeout): its range is then not the one to quote.
 */
function rangeDependsOnOthers(actionType: string | undefined, leaf: ParameterLeaf): boolean {
  const [name] = leaf.path;
  const parameters = actionType === undefined ? undefined : findAction(actionType)?.parameters;
  if (typeof name !== 'string' || leaf.path.length !== 1 || parameters === undefined) return false;
  return (parameters.allOf ?? []).some(
    (clause) =>
      clause.then?.properties?.[name] !== undefined ||
      clause.else?.properties?.[name] !== undefined,
  );
}

/**
 * The literal a value must be, for messages: "a whole number from 1 to 8", "one of "True",
 * "False"", "a language code of the form ^[a-z]{2}-[A-Z]{2}$".
 */
export function literalForm(actionType: string | undefined, leaf: ParameterLeaf): string {
  const [schema] = leaf.schemas;
  if (schema === undefined) return 'a literal value';
  if (isNumber(schema)) {
    if (rangeDependsOnOthers(actionType, leaf)) return 'a whole number';
    const minimum = schema.minimum ?? 0;
    return schema.maximum === undefined
      ? `a whole number of ${minimum} or more`
      : `a whole number from ${minimum} to ${schema.maximum}`;
  }
  if (schema.enum !== undefined) {
    const values = schema.enum.map((value) => JSON.stringify(value));
    return values.length === 1
      ? values[0]!
      : `one of ${values.slice(0, 6).join(', ')}${values.length > 6 ? ', ...' : ''}`;
  }
  if (schema.pattern !== undefined) {
    const kind = kindOfValue(actionType, leaf);
    return `a ${kind === 'text' ? 'value' : kind} of the form ${schema.pattern}`;
  }
  return 'a literal value';
}
