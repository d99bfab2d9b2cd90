import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { expect, test } from 'vitest';
import { validateDocumentSchema } from '../src/generated/document-validator.js';

function loadedClauses(): string[] {
  return Object.keys(createRequire(import.meta.url).cache)
    .filter((path) => path.includes('action-clauses'))
    .map((path) => basename(path));
}

test("the document validator loads the code of a document's action types only, when it checks them", () => {
  expect(loadedClauses()).toEqual([]);
  const action = (Identifier: string, Type: string, NextAction?: unknown): unknown => ({
    Identifier,
    Type,
    Parameters: Type === 'MessageParticipant' ? { Text: 'Goodbye' } : {},
    Transitions: NextAction === undefined ? {} : { NextAction },
  });
  const document = {
    Version: '2019-10-30',
    StartAction: 'say',
    Actions: [action('say', 'MessageParticipant', 'bye'), action('bye', 'DisconnectParticipant')],
  };
  expect(validateDocumentSchema(document)).toBe(true);
  expect(loadedClauses().sort()).toEqual(['disconnect-participant.cjs', 'message-participant.cjs']);
  // A broken action of a known type is checked by the same code.
  expect(
    validateDocumentSchema({
      ...document,
      Actions: [action('bye', 'DisconnectParticipant', 7)],
    }),
  ).toBe(false);
  expect(loadedClauses()).toHaveLength(2);
});
