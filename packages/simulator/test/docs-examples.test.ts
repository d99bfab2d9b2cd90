import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { typeCheckSnippets } from '../../dsl/test/support/type-check-snippets.js';

// The TypeScript of docs/testing-flows.md must compile as a test file at the repository root would:
// each block becomes a virtual module in `test/`, type-checked with the workspace's settings.
const root = resolve(import.meta.dirname, '../../..');
const page = readFileSync(resolve(root, 'docs/testing-flows.md'), 'utf8');
const snippets = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  where: `docs/testing-flows.md, example ${index + 1}`,
  path: resolve(root, 'test', `__testing_flows_${index}.ts`),
  text: `${match[1]}\nexport {};\n`,
}));

test('docs/testing-flows.md has examples', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(3);
});

test('every example of docs/testing-flows.md compiles', () => {
  expect(typeCheckSnippets(snippets)).toEqual([]);
}, 60_000);
