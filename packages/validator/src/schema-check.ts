import type { ErrorObject } from 'ajv';
import { constraintComment, findAction } from '@contactflow/dsl/catalog';
import type { JsonSchema } from '@contactflow/dsl/catalog';
import { validateDocumentSchema } from './generated/document-validator.js';
import { pointerFrom, pointerSegments } from './json-pointer.js';
import { maxNestingDepth, tooDeep } from './nesting-depth.js';

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

/** The structure rules that report what the document schema finds; each owns some of it. */
export type SchemaRuleId =
  | 'invalid-document'
  | 'unknown-action-type'
  | 'invalid-parameters'
  | 'illegal-identifier'
  | 'too-many-actions'
  | 'transition-on-terminal-action'
  | 'unsupported-error-type'
  | 'unsupported-condition'
  | 'invalid-transitions';

/** One thing the document schema found, and the rule that reports it. */
export interface SchemaFinding {
  readonly rule: SchemaRuleId;
  readonly message: string;
  readonly pointer: string;
  readonly actionId?: string;
}

interface Classified {
  readonly rule: SchemaRuleId;
  /** A message that says more than the generic one, where the rule knows better words. */
  readonly message?: string;
}

function typeOf(document: unknown, index: number): string {
  const actions = (document as { Actions: unknown[] }).Actions;
  const type = (actions[index] as { Type?: unknown } | null)?.Type;
  return typeof type === 'string' ? type : 'This action';
}

/** Which rule an Ajv error belongs to; `rest` is the pointer below the action, if any. */
function classify(error: ErrorObject, pointer: string, document: unknown): Classified {
  if (pointer === '/Actions' && error.keyword === 'maxItems') {
    const count = Array.isArray(error.data) ? error.data.length : 0;
    return {
      rule: 'too-many-actions',
      message: `The flow has ${count} actions; the Flow language allows at most ${String(error.params.limit)}`,
    };
  }
  const match = actionPointer.exec(pointer);
  if (!match) return { rule: 'invalid-document' };
  const index = Number(match[1]);
  const rest = match[2] ?? '';
  if (rest === '/Identifier') return { rule: 'illegal-identifier' };
  if (rest.startsWith('/Parameters')) return { rule: 'invalid-parameters' };
  if (!rest.startsWith('/Transitions')) return { rule: 'invalid-document' };
  const type = typeOf(document, index);
  if (rest === '/Transitions' && error.keyword === 'maxProperties') {
    const keys = Object.keys(error.data as object).join(', ');
    return {
      rule: 'transition-on-terminal-action',
      message: `${type} ends the flow, so it takes no transitions; found ${keys}`,
    };
  }
  // An ErrorType that is no string at all is a plain transitions problem, said by `describe`.
  if (rest.endsWith('/ErrorType') && (error.keyword === 'not' || error.keyword === 'enum')) {
    return error.keyword === 'not'
      ? {
          rule: 'unsupported-error-type',
          message: `${type} has no error branches; found ErrorType ${show(error.data)}`,
        }
      : {
          rule: 'unsupported-error-type',
          message: `${type} has no error branch ${show(error.data)}; its error types are ${(error.params.allowedValues as unknown[]).map((v) => show(v)).join(', ')}`,
        };
  }
  if (rest === '/Transitions/Conditions' && error.keyword === 'maxItems') {
    return { rule: 'unsupported-condition', message: `${type} takes no conditions` };
  }
  if (rest.endsWith('/Condition/Operator') && error.keyword === 'enum') {
    return {
      rule: 'unsupported-condition',
      message: `${type} does not support the condition operator ${show(error.data)}; it supports ${(error.params.allowedValues as unknown[]).map((v) => show(v)).join(', ')}`,
    };
  }
  return { rule: 'invalid-transitions' };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks a parsed document against the catalog's document schema and says which structure rule
 * each finding belongs to. An action whose type the catalog does not know is reported once, as
 * `unknown-action-type`, and its contents are not checked further.
 *
 * @example
 * ```ts
 * import { checkDocumentSchema } from '@contactflow/validator';
 * const [finding] = checkDocumentSchema({ Version: '2019-10-30', StartAction: 'a', Actions: 'none' });
 * finding?.rule; // 'invalid-document'
 * ```
 */
export function checkDocumentSchema(document: unknown): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
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
    findings.push({
      rule: 'unknown-action-type',
      message: `Unknown action type ${show(type)}: the Flow language has no such action.`,
      pointer: `/Actions/${index}/Type`,
      ...(id === undefined ? {} : { actionId: id }),
    });
  });

  const deepPath = tooDeep(document);
  if (deepPath) {
    findings.push({
      rule: 'invalid-document',
      message: `The document nests deeper than ${maxNestingDepth} levels; no flow does.`,
      pointer: pointerFrom(deepPath.slice(0, 4)),
    });
    return findings;
  }
  // Precompiled by `pnpm generate`: compiling the schema at start-up cost a second per process.
  if (validateDocumentSchema(document)) return findings;
  const errors = validateDocumentSchema.errors ?? [];
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
    const classified = classify(error, pointer, document);
    const message = `${capitalised(classified.message ?? describe(error))}.`;
    // An identifier can break several of its constraints at once; one finding says enough.
    const key = classified.rule === 'illegal-identifier' ? pointer : `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = index === undefined ? undefined : actionIds[index];
    findings.push({
      rule: classified.rule,
      message,
      pointer,
      ...(id === undefined ? {} : { actionId: id }),
    });
  }
  return findings;
}
