import { conditionOperators, isTerminal } from '../action-spec.js';
import type { CatalogAction } from '../catalog.js';
import { actions } from '../catalog.js';
import type { JsonSchema } from './json-schema.js';

/** The only Flow-language version. */
export const flowLanguageVersion = '2019-10-30';

/** The most actions one flow may have. */
export const maxActionsPerFlow = 250;

/** The most characters a flow's or a module's `Content` may have (CreateContactFlow and the module APIs). */
export const maxContentLength = 256_000;

/** The console designer exports and imports only flows with fewer blocks than this (guide L36042-36050). */
export const consoleExportBlockLimit = 100;

/**
 * The console designer exports only flows under 1 MB (guide L36042-36050). The guide does not say
 * which megabyte; the smaller reading, in bytes of UTF-8, warns early rather than late.
 */
export const consoleExportSizeLimit = 1_000_000;

/** Identifiers the service refuses because they clash with JavaScript object members. */
export const reservedIdentifiers = [
  '__proto__',
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'toString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'valueOf',
] as const;

/** The characters an action identifier must not contain. */
export const forbiddenIdentifierCharacters = '%:()\\/=$,;[]{}';

/** The longest action identifier. */
export const maxIdentifierLength = 50;

const identifier: JsonSchema = {
  type: 'string',
  description:
    'Unique action identifier: at most 50 characters, none of % : ( \\ / ) = $ , ; [ ] { }.',
  minLength: 1,
  maxLength: maxIdentifierLength,
  pattern: String.raw`^[^%:()\\/=$,;\[\]{}]+$`,
  not: { enum: reservedIdentifiers },
};

const reference: JsonSchema = {
  type: 'string',
  description: 'The Identifier of another action in this flow.',
  minLength: 1,
};

/** The name under `definitions` of an action type's parameter schema. */
export function parametersDefinitionName(type: string): string {
  return `${type}Parameters`;
}

function transitionsSchema(action: CatalogAction): JsonSchema {
  if (isTerminal(action)) {
    return {
      type: 'object',
      description: `${action.type} ends the flow: Transitions must be {}.`,
      maxProperties: 0,
    };
  }
  const { nextAction, errors, conditions } = action.transitions;
  const properties: Record<string, JsonSchema> = {
    Errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ErrorType', 'NextAction'],
        additionalProperties: false,
        properties: {
          ErrorType:
            errors.length > 0
              ? { type: 'string', enum: errors.map((error) => error.type) }
              : { type: 'string', description: `${action.type} has no error branches.`, not: {} },
          NextAction: reference,
        },
      },
    },
    Conditions: conditions
      ? {
          type: 'array',
          items: {
            type: 'object',
            required: ['NextAction', 'Condition'],
            additionalProperties: false,
            properties: {
              NextAction: reference,
              Condition: {
                type: 'object',
                required: ['Operator', 'Operands'],
                additionalProperties: false,
                properties: {
                  Operator: { type: 'string', enum: conditions.operators },
                  Operands: { type: 'array', items: { type: 'string' }, minItems: 1 },
                },
              },
            },
          },
        }
      : { type: 'array', description: `${action.type} takes no conditions.`, maxItems: 0 },
  };
  if (nextAction !== 'forbidden') properties.NextAction = reference;
  return { type: 'object', additionalProperties: false, properties };
}

function actionClause(action: CatalogAction): JsonSchema {
  return {
    if: { properties: { Type: { const: action.type } }, required: ['Type'] },
    then: {
      properties: {
        Parameters: { $ref: `#/definitions/${parametersDefinitionName(action.type)}` },
        Transitions: transitionsSchema(action),
      },
    },
  };
}

/**
 * Builds the JSON Schema of a whole Flow-language document from catalog actions. Each action's
 * `Parameters` and `Transitions` are checked against its type's schema; an action of a type the
 * catalog does not know is left to the validator, which names it as such.
 *
 * @example
 * ```ts
 * import { buildFlowDocumentSchema, actions } from '@contactflow/dsl/catalog';
 * const schema = buildFlowDocumentSchema(Object.values(actions));
 * schema.required; // ['Version', 'StartAction', 'Actions']
 * ```
 */
export function buildFlowDocumentSchema(catalogActions: readonly CatalogAction[]): JsonSchema {
  const genericTransitions: JsonSchema = {
    type: 'object',
    description: 'Where the flow goes next: NextAction, Errors, Conditions.',
    additionalProperties: false,
    properties: {
      NextAction: reference,
      Errors: { type: 'array' },
      Conditions: { type: 'array' },
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Amazon Connect Flow-language document',
    description:
      'A contact flow or flow module in the Amazon Connect Flow language (Version 2019-10-30).',
    type: 'object',
    required: ['Version', 'StartAction', 'Actions'],
    additionalProperties: false,
    properties: {
      Version: { type: 'string', const: flowLanguageVersion, description: 'Always "2019-10-30".' },
      StartAction: { ...reference, description: 'The Identifier of the first action.' },
      Metadata: {
        type: 'object',
        description: 'Designer data: positions, display names, flow name and type.',
      },
      Settings: {
        type: 'object',
        description: 'Flow module settings: input and output parameters, named return branches.',
      },
      Actions: {
        type: 'array',
        description: `The actions, at most ${maxActionsPerFlow}.`,
        maxItems: maxActionsPerFlow,
        items: { $ref: '#/definitions/Action' },
      },
    },
    definitions: {
      Action: {
        type: 'object',
        required: ['Identifier', 'Type', 'Transitions'],
        additionalProperties: false,
        properties: {
          Identifier: identifier,
          Type: {
            type: 'string',
            description: 'The action type.',
            // Listed as examples, not an enum: an unknown type deserves its own diagnostic.
            examples: catalogActions.map((action) => action.type),
          },
          Parameters: { type: 'object', description: 'Parameters of the action type.' },
          Transitions: genericTransitions,
        },
        allOf: catalogActions.map(actionClause),
      },
      ...Object.fromEntries(
        catalogActions.map((action) => [parametersDefinitionName(action.type), action.parameters]),
      ),
    },
  };
}

/**
 * The JSON Schema of a Flow-language document for every action in the catalog; published as
 * `@contactflow/dsl/flow.schema.json` for editors.
 *
 * @example
 * ```ts
 * import { flowDocumentSchema } from '@contactflow/dsl/catalog';
 * flowDocumentSchema.title; // 'Amazon Connect Flow-language document'
 * ```
 */
export const flowDocumentSchema: JsonSchema = buildFlowDocumentSchema(Object.values(actions));
