import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The TypeScript of docs/testing-flows.md must compile as a test file at the repository root would:
// each block becomes a virtual module in `test/`, type-checked with the workspace's settings.
const root = resolve(import.meta.dirname, '../../..');
const page = readFileSync(resolve(root, 'docs/testing-flows.md'), 'utf8');
const snippets = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, index) => ({
  path: resolve(root, 'test', `__testing_flows_${index}.ts`),
  text: `${match[1]}\nexport {};\n`,
}));

test('docs/testing-flows.md has examples', () => {
  expect(snippets.length).toBeGreaterThanOrEqual(3);
});

test('every example of docs/testing-flows.md compiles', () => {
  const byPath = new Map(snippets.map((snippet) => [snippet.path, snippet.text]));
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    customConditions: ['source'],
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const text = byPath.get(fileName);
    return text === undefined
      ? getSourceFile(fileName, language, onError)
      : ts.createSourceFile(fileName, text, language);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => byPath.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => byPath.get(fileName) ?? readFile(fileName);
  const program = ts.createProgram([...byPath.keys()], options, host);
  const problems = [...byPath.keys()].flatMap((path) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(path))
      .map(
        (d) =>
          `${path.slice(root.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      ),
  );
  expect(problems).toEqual([]);
}, 60_000);
