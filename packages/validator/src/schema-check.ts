import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  catalogSchemaKeywords,
  constraintComment,
  findAction,
  flowDocumentSchema,
} from '@contactflow/dsl/catalog';
import type { JsonSchema } from '@contactflow/dsl/catalog';
import type { Diagnostic } from './diagnostic.js';
import { pointerFrom, pointerSegments } from './json-pointer.js';
import { maxNestingDepth, tooDeep } from './nesting-depth.js';

let compiled: ValidateFunction | undefined;

function documentValidator(): ValidateFunction {
  if (!compiled) {
    // strictRequired is off: mutual-exclusion clauses name properties defined one level up.
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strictRequired: false,
      allowUnionTypes: true,
    });
    ajv.addVocabulary([...catalogSchemaKeywords]);
    compiled = ajv.compile(flowDocumentSchema);
  }
  return compiled;
}

const actionPointer = /^\/Actions\/(\d+)(\/.*)?$/;

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function lastSegment(pointer: string): string {
  return pointerSegments(pointer).at(-1) ?? 'document';
}

function noun(error: ErrorObject): string {
  return error.instancePath.includes('/Parameters') ? 'parameter' : 'property';
}

/** Turns one Ajv error into the words a flow author needs. */
function describe(error: ErrorObject): string {
  const where = lastSegment(error.instancePath);
  const schema = error.parentSchema as JsonSchema | undefined;
  switch (error.keyword) {
    case 'required':
      return `missing required ${noun(error)} "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown ${noun(error)} "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `${where} is ${show(error.data)}; expected one of ${(error.params.allowedValues as unknown[]).map((v) => show(v)).join(', ')}`;
    case 'const':
      return `${where} is ${show(error.data)}; expected ${show(error.params.allowedValue)}`;
    case 'type':
      return `${where} is ${show(error.data)}; expected ${String(error.params.type).replace(',', ' or ')}`;
    case 'minimum':
    case 'maximum':
    case 'pattern':
      if (schema && (schema.minimum !== undefined || schema.maximum !== undefined)) {
        const range = `${schema.minimum ?? ''}..${schema.maximum ?? ''}`;
        return `${where} is ${show(error.data)}; expected a whole number in ${range}${schema['x-value-class'] === 'jsonpath' ? ' or a JSONPath' : ''}`;
      }
      return `${where} is ${show(error.data)}; it does not have the expected form (${String(error.params.pattern ?? '')})`;
    case 'minLength':
      return error.params.limit === 1
        ? `${where} must not be empty`
        : `${where} is shorter than ${String(error.params.limit)} characters`;
    case 'maxLength':
      return `${where} is longer than ${String(error.params.limit)} characters`;
    case 'maxItems':
      return `${where} has more than ${String(error.params.limit)} items`;
    case 'minItems':
      return `${where} needs at least ${String(error.params.limit)} item(s)`;
    case 'maxProperties':
      return error.params.limit === 0
        ? `${where} must be empty`
        : `${where} has too many properties`;
    case 'not':
      if (schema?.$comment?.startsWith(constraintComment.atMostOne)) {
        const group = schema.$comment.slice(constraintComment.atMostOne.length).trim().split(', ');
        const present = group.filter(
          (name) => typeof error.data === 'object' && error.data !== null && name in error.data,
        );
        return `only one of ${group.join(', ')} may be set; found ${present.join(' and ')}`;
      }
      return `${where} has a value that is not allowed: ${show(error.data)}`;
    case 'anyOf':
      if (schema?.$comment?.startsWith(constraintComment.atLeastOne)) {
        return `one of ${schema.$comment.slice(constraintComment.atLeastOne.length).trim()} is required`;
      }
      return `${where} matches none of the allowed forms`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

/** Errors that only restate another: `if` wrappers and the branches of a failed "at least one". */
function isNoise(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === 'if') return true;
  return all.some(
    (other) =>
      other !== error &&
      other.keyword === 'anyOf' &&
      error.schemaPath.startsWith(`${other.schemaPath}/`),
  );
}

function codeFor(pointer: string): string {
  const match = actionPointer.exec(pointer);
  const rest = match?.[2] ?? '';
  if (rest.startsWith('/Parameters')) return 'invalid-parameters';
  if (rest.startsWith('/Transitions')) return 'invalid-transitions';
  return 'invalid-document';
}

/**
 * Checks a parsed document against the catalog's document schema. An action whose type the catalog
 * does not know is reported once, as `unknown-action-type`, and its contents are not checked further.
 */
export function checkDocumentSchema(document: unknown): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const actionsList: unknown[] =
    typeof document === 'object' &&
    document !== null &&
    Array.isArray((document as { Actions?: unknown }).Actions)
      ? (document as { Actions: unknown[] }).Actions
      : [];
  const actionIds = actionsList.map((action) => {
    const id = (action as { Identifier?: unknown } | null)?.Identifier;
    return typeof id === 'string' ? id : undefined;
  });
  const unknownTypes = new Set<number>();
  actionsList.forEach((action, index) => {
    const type = (action as { Type?: unknown } | null)?.Type;
    if (typeof type !== 'string' || findAction(type)) return;
    unknownTypes.add(index);
    const id = actionIds[index];
    diagnostics.push({
      code: 'unknown-action-type',
      severity: 'error',
      message: `Unknown action type ${show(type)}: the Flow language has no such action.`,
      pointer: `/Actions/${index}/Type`,
      ...(id === undefined ? {} : { actionId: id }),
      hint: 'Use a type from the catalog (docs/catalog.md); action types are case-sensitive.',
    });
  });

  const deepPath = tooDeep(document);
  if (deepPath) {
    diagnostics.push({
      code: 'invalid-document',
      severity: 'error',
      message: `The document nests deeper than ${maxNestingDepth} levels; no flow does.`,
      pointer: pointerFrom(deepPath.slice(0, 4)),
    });
    return diagnostics;
  }
  const validate = documentValidator();
  if (validate(document)) return diagnostics;
  const errors = validate.errors ?? [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (isNoise(error, errors)) continue;
    // An unknown property is best shown where it stands, not at its parent.
    const pointer =
      error.keyword === 'additionalProperties'
        ? pointerFrom([
            ...pointerSegments(error.instancePath),
            String(error.params.additionalProperty),
          ])
        : error.instancePath;
    const match = actionPointer.exec(pointer);
    const index = match ? Number(match[1]) : undefined;
    if (index !== undefined && unknownTypes.has(index) && match?.[2] !== '/Identifier') continue;
    const message = `${describe(error)}.`;
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = index === undefined ? undefined : actionIds[index];
    diagnostics.push({
      code: codeFor(pointer),
      severity: 'error',
      message: message.charAt(0).toUpperCase() + message.slice(1),
      pointer,
      ...(id === undefined ? {} : { actionId: id }),
    });
  }
  return diagnostics;
}
