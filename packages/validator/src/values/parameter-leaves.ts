import { findAction, type JsonSchema, type ValueClass } from '@contactflow/dsl/catalog';
import type { ActionShape } from '../graph/flow-shape.js';
import { pointerFrom } from '../json-pointer.js';

/** One string in an action's parameters, with the catalog schemas that may describe it. */
export interface ParameterLeaf {
  readonly value: string;
  /** Pointer into the document. */
  readonly pointer: string;
  /** Path under `Parameters`: property names and array indices. */
  readonly path: readonly (string | number)[];
  /**
   * The schemas the value may answer to: one, or several where the catalog offers alternatives
   * (`anyOf`). Empty where the catalog does not describe the value (free-form parameters).
   */
  readonly schemas: readonly JsonSchema[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function admitsType(schema: JsonSchema, value: unknown): boolean {
  if (schema.type === undefined) return true;
  const types: readonly string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (typeof value === 'string') return types.includes('string');
  if (typeof value === 'number') {
    return types.includes('number') || (types.includes('integer') && Number.isInteger(value));
  }
  if (typeof value === 'boolean') return types.includes('boolean');
  if (value === null) return types.includes('null');
  if (Array.isArray(value)) return types.includes('array');
  return types.includes('object');
}

/**
 * The alternatives a schema offers for a value: `anyOf`/`oneOf` branches are unfolded, and those
 * whose type cannot hold the value are dropped. `allOf` clauses only add constraints (mutual
 * exclusions, conditional ranges), never what a value means, so they are not followed.
 */
function alternatives(schemas: readonly JsonSchema[], value: unknown): JsonSchema[] {
  const found: JsonSchema[] = [];
  // Breadth first: the list grows at its end as branches are unfolded.
  const pending = [...schemas];
  for (let i = 0; i < pending.length; i++) {
    const schema = pending[i]!;
    const { anyOf, oneOf } = schema;
    if ((anyOf?.length ?? 0) + (oneOf?.length ?? 0) > 0) {
      if (anyOf) pending.push(...anyOf);
      if (oneOf) pending.push(...oneOf);
      // A schema with its own shape besides the branches still describes the value.
      if (schema.type === undefined && schema.properties === undefined) continue;
    }
    if (admitsType(schema, value)) found.push(schema);
  }
  return found;
}

function childSchemas(schemas: readonly JsonSchema[], key: string | number): JsonSchema[] {
  const found: JsonSchema[] = [];
  for (const schema of schemas) {
    if (typeof key === 'number') {
      if (schema.items !== undefined) found.push(schema.items);
      continue;
    }
    const property = schema.properties?.[key];
    if (property !== undefined) found.push(property);
    else if (isRecord(schema.additionalProperties)) found.push(schema.additionalProperties);
  }
  return found;
}

// Several rules read the leaves of each action; an action shape belongs to one validation, so
// the leaves are collected once for it.
const leavesOfShape = new WeakMap<ActionShape, readonly ParameterLeaf[]>();

/**
 * Every string in an action's parameters, depth first in document order, with the catalog schemas
 * that describe it. Reads any input: parameters of the wrong shape yield strings without schemas,
 * and actions whose type the catalog does not know yield none.
 */
export function parameterLeaves(action: ActionShape): readonly ParameterLeaf[] {
  let leaves = leavesOfShape.get(action);
  if (leaves === undefined) {
    leaves = collectLeaves(action);
    leavesOfShape.set(action, leaves);
  }
  return leaves;
}

function collectLeaves(action: ActionShape): ParameterLeaf[] {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  if (spec === undefined) return [];
  const base = `${action.pointer}/Parameters`;
  const found: ParameterLeaf[] = [];
  interface Visit {
    readonly value: unknown;
    readonly key: string | number | undefined;
    readonly parent: Visit | undefined;
    readonly schemas: readonly JsonSchema[];
  }
  // Paths are rebuilt from parent links only for the strings found, so that deep input costs
  // time in proportion to its size.
  const pathOf = (visit: Visit): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) {
      path.push(at.key);
    }
    return path.reverse();
  };
  // An explicit stack: parameters come from untrusted documents and may nest deeply.
  const stack: Visit[] = [
    { value: action.parameters, key: undefined, parent: undefined, schemas: [spec.parameters] },
  ];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    const fitting = alternatives(visit.schemas, value);
    if (typeof value === 'string') {
      const path = pathOf(visit);
      found.push({ value, pointer: `${base}${pointerFrom(path)}`, path, schemas: fitting });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], key: i, parent: visit, schemas: childSchemas(fitting, i) });
      }
    } else if (isRecord(value)) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ value: child, key, parent: visit, schemas: childSchemas(fitting, key) });
      }
    }
  }
  return found;
}

/** Whether a leaf sits at a place of the parameters; `'*'` stands for any array index. */
export function isAt(leaf: ParameterLeaf, place: readonly string[]): boolean {
  return (
    leaf.path.length === place.length &&
    place.every((segment, i) =>
      segment === '*' ? typeof leaf.path[i] === 'number' : leaf.path[i] === segment,
    )
  );
}

/** The leaves at one place of the parameters, in document order. */
export function leavesAt(
  leaves: readonly ParameterLeaf[],
  place: readonly string[],
): ParameterLeaf[] {
  return leaves.filter((leaf) => isAt(leaf, place));
}

const compiledPatterns = new Map<string, RegExp | null>();

function patternOf(source: string): RegExp | null {
  let compiled = compiledPatterns.get(source);
  if (compiled === undefined) {
    try {
      // Ajv compiles catalog patterns with the `u` flag; match the way it reads them.
      compiled = new RegExp(source, 'u');
    } catch {
      compiled = null;
    }
    compiledPatterns.set(source, compiled);
  }
  return compiled;
}

function accepts(schema: JsonSchema, value: string): boolean {
  if (schema.enum !== undefined && !schema.enum.includes(value)) return false;
  if (schema.pattern !== undefined && patternOf(schema.pattern)?.test(value) === false) {
    return false;
  }
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  return true;
}

/**
 * Whether the schema check already rejects the string (enum, pattern or length): rules then stay
 * silent so that one mistake is reported once.
 */
export function schemaRejects(leaf: ParameterLeaf): boolean {
  const strings = leaf.schemas.filter((schema) => admitsType(schema, leaf.value));
  return strings.length > 0 && strings.every((schema) => !accepts(schema, leaf.value));
}

/**
 * The value class of a leaf when every schema that may describe it agrees; `undefined` when the
 * catalog does not say or its alternatives differ.
 */
export function valueClassOf(leaf: ParameterLeaf): ValueClass | undefined {
  const classes = new Set(leaf.schemas.map((schema) => schema['x-value-class']));
  if (classes.size !== 1) return undefined;
  return [...classes][0];
}
