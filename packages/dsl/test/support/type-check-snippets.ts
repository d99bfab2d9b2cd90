import ts from 'typescript';

/** A piece of TypeScript from documentation, as a virtual module at `path`. */
export interface Snippet {
  /** Where it comes from, for messages (`docs/testing-flows.md`, `packages/dsl/src/x.ts:12`). */
  readonly where: string;
  /** The file it is checked as: its imports resolve from there. */
  readonly path: string;
  readonly text: string;
}

/**
 * Type-checks snippets in one program with the workspace's settings, each as a module at its path
 * that exists only in memory, and returns the problems as `where: message` lines.
 */
export function typeCheckSnippets(snippets: readonly Snippet[]): string[] {
  const byPath = new Map(snippets.map((snippet) => [snippet.path, snippet]));
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
    const snippet = byPath.get(fileName);
    return snippet === undefined
      ? getSourceFile(fileName, language, onError)
      : ts.createSourceFile(fileName, snippet.text, language);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => byPath.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => byPath.get(fileName)?.text ?? readFile(fileName);

  const program = ts.createProgram([...byPath.keys()], options, host);
  return [...byPath.values()].flatMap((snippet) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(snippet.path))
      .map((d) => `${snippet.where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
  );
}
