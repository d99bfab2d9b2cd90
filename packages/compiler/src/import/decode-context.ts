import {
  DynamicValue,
  TextTemplate,
  type ResourceKind,
  type ResourceReference,
} from '@contactflow/dsl';
import { helperFor, textParts } from './dynamic-value-source.js';
import type { ReferenceLookup } from './reference-lookup.js';

/** An action's `Parameters`, or an object inside them. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Builder options as the importer rebuilds them: plain data with symbolic values inside. */
export type Options = Record<string, unknown>;

/**
 * Thrown by a block decoder when the parameters are outside what the block's options can write; the
 * message says why, for the note that the action was written with `raw(...)`.
 */
export class Unexpressible extends Error {
  override readonly name = 'Unexpressible';
}

const integerText = /^(?:0|-?[1-9][0-9]*)$/;

function isPath(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('$.');
}

/**
 * Turns Flow-language parameter values back into builder option values, the inverse of the
 * builder's `BuildContext`: `"True"` into `true`, `"5"` into `5`, a JSONPath into its typed helper,
 * an ARN the environment names into a symbolic reference. Each method refuses (throws
 * {@link Unexpressible}) a value the matching option cannot take.
 */
export class DecodeContext {
  constructor(readonly references: ReferenceLookup) {}

  /** Gives up on the block: its options cannot write these parameters. */
  fail(reason: string): never {
    throw new Unexpressible(reason);
  }

  /** A JSON object (`Parameters`, or a nested object such as `LexV2Bot`). */
  object(value: unknown, name: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(`${name} is not an object`);
    }
    return value as JsonObject;
  }

  /** A literal string. */
  string(value: unknown, name: string): string {
    if (typeof value !== 'string') this.fail(`${name} is not text`);
    return value;
  }

  /** A list of literal strings. */
  strings(value: unknown, name: string): string[] {
    if (!Array.isArray(value)) this.fail(`${name} is not a list`);
    return value.map((item: unknown) => this.string(item, name));
  }

  /** One of the given literals. */
  oneOf<const T extends string>(value: unknown, choices: readonly T[], name: string): T {
    if (!(choices as readonly unknown[]).includes(value)) {
      this.fail(`${name} is ${JSON.stringify(value)}, which no option writes`);
    }
    return value as T;
  }

  /** A whole JSONPath as a dynamic value: its helper when one writes it, else the path itself. */
  dynamic(value: unknown, name: string): DynamicValue {
    if (!isPath(value)) this.fail(`${name} is not a JSONPath`);
    return new DynamicValue(value);
  }

  /**
   * Text the Flow language interpolates: a literal, one dynamic value, or a `text` template when
   * the text embeds paths that helpers write.
   */
  text(value: unknown, name: string): string | DynamicValue | TextTemplate {
    const text = this.string(value, name);
    if (!text.includes('$.')) return text;
    const parts = textParts(text);
    if (parts === undefined) return text;
    if (parts.length === 1 && parts[0] instanceof DynamicValue) return parts[0];
    return new TextTemplate(parts);
  }

  /** A literal, or one whole JSONPath (as its helper when one writes it). */
  value(value: unknown, name: string): string | DynamicValue {
    const text = this.string(value, name);
    return isPath(text) && helperFor(text) !== undefined ? new DynamicValue(text) : text;
  }

  /**
   * An instance resource: the environment's logical name for the value when it has one, a JSONPath
   * as a dynamic value, else the literal ARN or id.
   */
  reference<K extends ResourceKind>(
    value: unknown,
    kind: K,
    name: string,
  ): ResourceReference<K> | DynamicValue | string {
    const text = this.string(value, name);
    if (text === '') this.fail(`${name} is empty`);
    const found = this.references.find(text, kind);
    if (found !== undefined) return found as ResourceReference<K>;
    return this.value(text, name);
  }

  /** A reference where the option takes no dynamic value: the environment's name, else the literal. */
  literalReference<K extends ResourceKind>(
    value: unknown,
    kind: K,
    name: string,
  ): ResourceReference<K> | string {
    const text = this.string(value, name);
    if (text === '') this.fail(`${name} is empty`);
    return (this.references.find(text, kind) as ResourceReference<K> | undefined) ?? text;
  }

  /** A whole number written as a string, or a JSONPath holding one. */
  integer(value: unknown, name: string): number | DynamicValue {
    if (isPath(value)) return new DynamicValue(value);
    return this.number(value, name);
  }

  /** A whole number written as a string, where the option takes no dynamic value. */
  number(value: unknown, name: string): number {
    if (typeof value !== 'string' || !integerText.test(value)) {
      this.fail(`${name} is ${JSON.stringify(value)}, not a whole number written as text`);
    }
    return Number(value);
  }

  /** `"True"`/`"False"` as a boolean. */
  flag(value: unknown, name: string): boolean {
    return this.oneOf(value, ['True', 'False'], name) === 'True';
  }

  /** `"true"`/`"false"`, as the Cases, Voice ID and profile actions write them. */
  lowerFlag(value: unknown, name: string): boolean {
    return this.oneOf(value, ['true', 'false'], name) === 'true';
  }

  /** An object of interpolated texts (attributes, tags, case fields). */
  textMap(value: unknown, name: string): Options {
    const object = this.object(value, name);
    return Object.fromEntries(
      Object.entries(object).map(([key, item]) => [key, this.text(item, `${name}.${key}`)]),
    );
  }

  /** An object of literals or whole JSONPaths (Lambda parameters). */
  valueMap(value: unknown, name: string): Options {
    const object = this.object(value, name);
    return Object.fromEntries(
      Object.entries(object).map(([key, item]) => [key, this.value(item, `${name}.${key}`)]),
    );
  }
}
