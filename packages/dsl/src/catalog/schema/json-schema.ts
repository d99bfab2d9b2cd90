/**
 * How a parameter may take its value at run time, from the Flow-language parameter restrictions:
 *
 * - `static`: a literal only; no JSONPath anywhere in it.
 * - `jsonpath`: a literal, or one JSONPath that is the whole value (`"$.Attributes.queueArn"`).
 * - `text`: free text that may embed references (`"Hello $.External.FirstName"`).
 */
export type ValueClass = 'static' | 'jsonpath' | 'text';

/**
 * The kinds of instance resource a parameter can point at. They are what symbolic references in the
 * builder resolve to and what publishing looks up by name.
 */
export type ResourceKind =
  | 'queue'
  | 'prompt'
  | 'hours-of-operation'
  | 'lambda-function'
  | 'lex-bot-alias'
  | 'flow'
  | 'flow-module'
  | 'phone-number'
  | 'quick-connect'
  | 'agent'
  | 'view'
  | 'task-template'
  | 'security-key'
  | 'wisdom-assistant'
  | 'case-template'
  | 'customer-profiles-domain'
  | 'voice-connector'
  | 'email-address';

/**
 * The subset of JSON Schema (draft-07) the catalog writes, plus two annotations of its own that
 * editors and json-schema-to-typescript ignore and that Ajv is told about:
 * `x-value-class` and `x-resource`.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: JsonSchemaType | readonly JsonSchemaType[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  allOf?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Readonly<Record<string, JsonSchema>>;
  examples?: readonly unknown[];
  default?: unknown;
  /** See {@link ValueClass}. */
  'x-value-class'?: ValueClass;
  /** The instance resource a string parameter identifies. */
  'x-resource'?: ResourceKind;
}

/** A JSON Schema primitive type name. */
export type JsonSchemaType =
  'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** The annotation keywords of the catalog, for Ajv's `addVocabulary`. */
export const catalogSchemaKeywords = ['x-value-class', 'x-resource'] as const;
