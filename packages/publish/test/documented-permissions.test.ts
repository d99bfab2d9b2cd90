import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The Amazon Connect operations the gateway sends, from its source: commands and paginators. */
function operationsCalled(): string[] {
  const source = readFileSync(resolve(import.meta.dirname, '../src/connect-gateway.ts'), 'utf8');
  const used = [
    ...[...source.matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!),
    ...[...source.matchAll(/paginate(\w+)\(/g)].map((m) => m[1]!),
  ];
  return [...new Set(used)].sort();
}

/** The actions of the least-privilege policy in docs/publishing.md. */
function documentedActions(): string[] {
  const text = readFileSync(resolve(root, 'docs/publishing.md'), 'utf8');
  const policy = /```json\n(\{\n {2}"Version": "2012-10-17"[\s\S]*?)```/.exec(text)?.[1];
  expect(policy, 'docs/publishing.md shows a policy').toBeDefined();
  const statements = (JSON.parse(policy!) as { Statement: { Action: string[] }[] }).Statement;
  return statements.flatMap((statement) => statement.Action).sort();
}

test('the documented policy allows exactly the actions publish, pull and restore call', () => {
  expect(documentedActions()).toEqual(
    operationsCalled().map((operation) => `connect:${operation}`),
  );
});

test('the table of actions in docs/publishing.md lists the same actions', () => {
  const text = readFileSync(resolve(root, 'docs/publishing.md'), 'utf8');
  const rows = [...text.matchAll(/^\| `(connect:\w+)` +\|/gm)].map((m) => m[1]!).sort();
  expect(rows).toEqual(operationsCalled().map((operation) => `connect:${operation}`));
});
