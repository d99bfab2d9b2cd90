import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { actions } from '@contactflow/dsl/catalog';
import fc from 'fast-check';
import { corpusAvailable, corpusEntries, corpusText } from '../corpus.js';

type JsonObject = Record<string, unknown>;

/** Keys and identifiers that break code which uses plain objects as maps. */
export const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
] as const;

const actionTypes = Object.keys(actions);

/** Action identifiers: ordinary, hostile, empty, odd characters. */
export const identifierArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileKeys),
  fc.constantFrom('start', 'menu', 'Menu 1', 'bye', '', ' ', 'a%b', 'x'.repeat(60)),
  fc.string({ maxLength: 6 }),
);

const keyArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileKeys),
  fc.constantFrom('Text', 'Attributes', 'LambdaFunctionARN', 'Operands', '$.x', '', 'a b'),
  fc.string({ maxLength: 5 }),
);

const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'Hello.',
    '$.Attributes.tier',
    'Hi $.Attributes.name, $.External.x.y',
    "$.Attributes['a b']",
    '<speak>Hi<break time="1s"/></speak>',
    '<speak>',
    'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/def',
    '+15555550100',
    'True',
    '-1',
    '5.5',
    '1e400',
    '\u2028\uFEFF\u0000',
  ),
  fc.string({ maxLength: 12 }),
);

/** JSON values with hostile keys, a few levels deep. */
export const jsonArbitrary: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21),
    textArbitrary,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

/** `value` as JSON text would give it back: own `__proto__` keys, no `undefined`, no `-0`. */
export function asParsedJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

function transitionsArbitrary(ids: readonly string[]): fc.Arbitrary<unknown> {
  const target = fc.oneof(fc.constantFrom(...ids), identifierArbitrary);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record(
        {
          NextAction: target,
          Errors: fc.array(
            fc.record(
              {
                ErrorType: fc.constantFrom(
                  'NoMatchingError',
                  'NoMatchingCondition',
                  'InputTimeLimitExceeded',
                  'QueueAtCapacity',
                  ...hostileKeys,
                ),
                NextAction: target,
              },
              { requiredKeys: ['ErrorType'] },
            ),
            { maxLength: 3 },
          ),
          Conditions: fc.array(
            fc.record({
              NextAction: target,
              Condition: fc.record(
                {
                  Operator: fc.constantFrom(
                    'Equals',
                    'NumberGreaterThan',
                    'TextStartsWith',
                    'Bogus',
                    '__proto__',
                  ),
                  Operands: fc.array(textArbitrary, { maxLength: 2 }),
                },
                { requiredKeys: [] },
              ),
            }),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: jsonArbitrary },
  );
}

/**
 * Documents shaped like flows but with anything in them: catalog and unknown action types,
 * parameters of any JSON, transitions to identifiers that exist or not, hostile identifiers and keys.
 * Each is given as JSON text would give it.
 */
export const flowDocumentArbitrary: fc.Arbitrary<unknown> = fc
  .uniqueArray(identifierArbitrary, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record(
      {
        Version: fc.constantFrom('2019-10-30', '2019-10-30', '2019-10-31', 1),
        StartAction: fc.oneof(fc.constantFrom(...ids), identifierArbitrary),
        Metadata: fc.oneof(
          fc.record(
            {
              type: fc.constantFrom('contactFlow', 'customerQueue', 'flowModule', 'bogus'),
              name: textArbitrary,
              ActionMetadata: fc.dictionary(fc.constantFrom(...ids), jsonArbitrary, {
                noNullPrototype: true,
              }),
            },
            { requiredKeys: [] },
          ),
          jsonArbitrary,
        ),
        Settings: jsonArbitrary,
        Actions: fc.tuple(
          ...ids.map((id) =>
            fc.record(
              {
                Identifier: fc.oneof(
                  { weight: 9, arbitrary: fc.constant<unknown>(id) },
                  { weight: 1, arbitrary: jsonArbitrary },
                ),
                Type: fc.oneof(
                  { weight: 6, arbitrary: fc.constantFrom(...actionTypes) },
                  { weight: 1, arbitrary: fc.constantFrom('Bogus', ...hostileKeys) },
                ),
                Parameters: jsonArbitrary,
                Transitions: transitionsArbitrary(ids),
              },
              { requiredKeys: ['Identifier', 'Type'] },
            ),
          ),
        ),
      },
      { requiredKeys: ['Actions'] },
    ),
  )
  .map(asParsedJson);

/** The real flows the repository ships, and the shared corpus when it is beside the checkout. */
export function seedFlows(): unknown[] {
  const examples = resolve(import.meta.dirname, '../../../../examples/flows');
  const shipped = readdirSync(examples)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(resolve(examples, name), 'utf8')) as unknown);
  const corpus = corpusAvailable
    ? corpusEntries().map((entry) => JSON.parse(corpusText(entry)) as unknown)
    : [];
  return [...shipped, ...corpus];
}

/** One change a mutation makes; the numbers pick the place, modulo what there is. */
export type Mutation =
  | { readonly kind: 'type'; readonly action: number; readonly type: string }
  | {
      readonly kind: 'parameter';
      readonly action: number;
      readonly place: number;
      readonly value: unknown;
    }
  | { readonly kind: 'hostile-key'; readonly action: number; readonly key: string }
  | {
      readonly kind: 'transition';
      readonly action: number;
      readonly place: number;
      readonly target: string;
    }
  | { readonly kind: 'drop-transitions'; readonly action: number }
  | { readonly kind: 'identifier'; readonly action: number; readonly id: string }
  | { readonly kind: 'start'; readonly id: string };

/** A few changes to a flow: types, parameters, transitions and identifiers. */
export const mutationsArbitrary: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('type' as const),
      action: fc.nat(),
      type: fc.oneof(fc.constantFrom(...actionTypes), fc.constantFrom('Bogus', ...hostileKeys)),
    }),
    fc.record({
      kind: fc.constant('parameter' as const),
      action: fc.nat(),
      place: fc.nat(),
      value: jsonArbitrary,
    }),
    fc.record({
      kind: fc.constant('hostile-key' as const),
      action: fc.nat(),
      key: fc.constantFrom(...hostileKeys),
    }),
    fc.record({
      kind: fc.constant('transition' as const),
      action: fc.nat(),
      place: fc.nat(),
      target: identifierArbitrary,
    }),
    fc.record({ kind: fc.constant('drop-transitions' as const), action: fc.nat() }),
    fc.record({
      kind: fc.constant('identifier' as const),
      action: fc.nat(),
      id: identifierArbitrary,
    }),
    fc.record({ kind: fc.constant('start' as const), id: identifierArbitrary }),
  ),
  { minLength: 1, maxLength: 4 },
);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object or array inside `value`, itself included, with a way to replace a member. */
function places(value: unknown): { holder: JsonObject | unknown[]; key: string | number }[] {
  const found: { holder: JsonObject | unknown[]; key: string | number }[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      current.forEach((item, index) => {
        found.push({ holder: current, key: index });
        stack.push(item);
      });
    } else if (isObject(current)) {
      for (const [key, item] of Object.entries(current)) {
        found.push({ holder: current, key });
        stack.push(item);
      }
    }
  }
  return found;
}

function setMember(holder: JsonObject | unknown[], key: string | number, value: unknown): void {
  // defineProperty, so that a `__proto__` key becomes a key, as JSON.parse makes it.
  Object.defineProperty(holder, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A copy of the document with the mutations applied: an action's type swapped, a parameter
 * replaced, a hostile key added, a branch re-pointed, transitions dropped, an identifier renamed
 * (its branches still pointing at the old one), the start moved. Deterministic for the same input.
 */
export function mutateFlow(document: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(document);
  if (!isObject(copy)) return copy;
  const list = Array.isArray(copy['Actions']) ? (copy['Actions'] as unknown[]) : [];
  for (const mutation of mutations) {
    if (mutation.kind === 'start') {
      copy['StartAction'] = mutation.id;
      continue;
    }
    const action = list.length === 0 ? undefined : list[mutation.action % list.length];
    if (!isObject(action)) continue;
    switch (mutation.kind) {
      case 'type':
        action['Type'] = mutation.type;
        break;
      case 'parameter': {
        const spots = places(action['Parameters']);
        const spot = spots[mutation.place % Math.max(spots.length, 1)];
        if (spot === undefined) action['Parameters'] = mutation.value;
        else setMember(spot.holder, spot.key, mutation.value);
        break;
      }
      case 'hostile-key': {
        const parameters = isObject(action['Parameters']) ? action['Parameters'] : {};
        setMember(parameters, mutation.key, { [mutation.key]: 'x' });
        action['Parameters'] = parameters;
        break;
      }
      case 'transition': {
        const targets = places(action['Transitions']).filter((spot) => spot.key === 'NextAction');
        const spot = targets[mutation.place % Math.max(targets.length, 1)];
        if (spot !== undefined) setMember(spot.holder, spot.key, mutation.target);
        break;
      }
      case 'drop-transitions':
        delete action['Transitions'];
        break;
      case 'identifier':
        action['Identifier'] = mutation.id;
        break;
    }
  }
  return copy;
}
