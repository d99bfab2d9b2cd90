import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { typeCheckSnippets, type Snippet } from './support/type-check-snippets.js';

// Every `@example` in the TSDoc of the packages' sources must compile: each becomes a virtual
// module beside the file it documents, and one program type-checks them all.
const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function snippetsOf(file: string): Snippet[] {
  const text = readFileSync(file, 'utf8');
  const snippets: Snippet[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].replace(/^\s*\*(?: |$)/gm, '');
    for (const block of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, comment.index).split('\n').length;
      snippets.push({
        where: `${file.slice(root.length + 1)}:${line}`,
        path: join(dirname(file), `__example_${line}_${snippets.length}.ts`),
        text: `${block[1]}\nexport {};\n`,
      });
    }
  }
  return snippets;
}

const packages = ['dsl', 'compiler', 'validator', 'cli', 'publish', 'simulator', 'cdk'];
const snippets = packages.flatMap((name) =>
  sourceFiles(resolve(root, 'packages', name, 'src')).flatMap(snippetsOf),
);

test('the packages document their API with examples', () => {
  expect(snippets.length).toBeGreaterThan(100);
});

test('every TSDoc example compiles', () => {
  expect(typeCheckSnippets(snippets)).toEqual([]);
}, 60_000);
