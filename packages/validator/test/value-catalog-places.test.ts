import { actions, type JsonSchema } from '@contactflow/dsl/catalog';
import { describe, expect, test } from 'vitest';
import { phoneNumberParameters } from '../src/values/phone-numbers.js';
import { promptTextParameters } from '../src/values/prompt-text.js';

/** Every string schema of every action's parameters, with its path ('*' for array items). */
function stringPlaces(): { type: string; path: string; schema: JsonSchema }[] {
  const found: { type: string; path: string; schema: JsonSchema }[] = [];
  const visit = (type: string, schema: JsonSchema, path: readonly string[]): void => {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('string')) found.push({ type, path: path.join('.'), schema });
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      visit(type, child, [...path, name]);
    }
    if (typeof schema.additionalProperties === 'object') {
      visit(type, schema.additionalProperties, [...path, '?']);
    }
    if (schema.items !== undefined) visit(type, schema.items, [...path, '*']);
    for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
      visit(type, branch, path);
    }
  };
  for (const action of Object.values(actions)) visit(action.type, action.parameters, []);
  return found;
}

const listed = (table: Readonly<Record<string, readonly (readonly string[])[]>>) =>
  Object.entries(table).flatMap(([type, places]) => places.map((p) => `${type} ${p.join('.')}`));

describe('parameter lists kept in step with the catalog', () => {
  const places = stringPlaces();

  test('every parameter the catalog constrains to E.164 is checked as a phone number', () => {
    const e164 = places
      .filter(({ schema }) => schema.pattern?.includes(String.raw`\+[1-9][0-9]{1,14}`))
      .map(({ type, path }) => `${type} ${path}`);
    expect(e164.length).toBeGreaterThan(0);
    expect(e164.filter((place) => !listed(phoneNumberParameters).includes(place))).toEqual([]);
  });

  test('every SSML parameter of the catalog is read as a prompt', () => {
    const ssml = places
      .filter(({ path }) => path.split('.').at(-1) === 'SSML')
      .map(({ type, path }) => `${type} ${path}`);
    expect([...new Set(ssml)].sort()).toEqual(
      listed(promptTextParameters)
        .filter((place) => place.endsWith('SSML'))
        .sort(),
    );
  });

  test('every listed place exists in the catalog', () => {
    const known = new Set(places.map(({ type, path }) => `${type} ${path}`));
    const all = [...listed(phoneNumberParameters), ...listed(promptTextParameters)];
    expect(all.filter((place) => !known.has(place))).toEqual([]);
  });
});
