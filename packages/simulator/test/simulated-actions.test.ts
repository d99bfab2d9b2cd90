import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { actions } from '@contactflow/dsl';
import { expect, test } from 'vitest';
import { handlers, notSimulated, simulatedActions } from '../src/index.js';
import { renderSimulatedActions } from '../tools/render-simulated-actions.js';
import { corpusActionTypes, exampleActionTypes } from './support/flows.js';

const root = resolve(import.meta.dirname, '../../..');
const catalogTypes = Object.keys(actions).sort();

test('every action type of the catalog is simulated or listed with the reason it is not', () => {
  const simulated = Object.keys(handlers).sort();
  const skipped = Object.keys(notSimulated).sort();
  expect(simulated.filter((type) => skipped.includes(type))).toEqual([]);
  expect([...simulated, ...skipped].sort()).toEqual(catalogTypes);
  for (const reason of Object.values(notSimulated)) expect(reason.length).toBeGreaterThan(40);
});

test('every handler says what it does', () => {
  for (const entry of simulatedActions().filter((e) => e.simulated)) {
    expect(entry.description, entry.type).toMatch(/\.$/);
  }
});

test('the examples use only simulated action types', async () => {
  const used = await exampleActionTypes();
  expect(used.length).toBeGreaterThan(15);
  expect(used.filter((type) => handlers[type] === undefined)).toEqual([]);
});

test('the corpus uses only simulated action types, besides types the catalog does not know', () => {
  const used = corpusActionTypes();
  expect(
    used.filter((type) => catalogTypes.includes(type) && handlers[type] === undefined),
  ).toEqual([]);
});

test('docs/simulated-actions.md matches the code (run `pnpm generate` after changing a handler)', () => {
  const file = renderSimulatedActions();
  expect(readFileSync(resolve(root, file.path), 'utf8')).toBe(file.content);
});
