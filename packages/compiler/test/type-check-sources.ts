import ts from 'typescript';

/**
 * Type-checks TypeScript files in one program, with the workspace's strict options; returns each
 * problem as `file:line: message`.
 */
export function typeCheckSources(files: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    skipLibCheck: true,
    customConditions: ['source'],
    types: ['node'],
  };
  const program = ts.createProgram([...files], options);
  return files.flatMap((file) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
      const line =
        d.file && d.start !== undefined
          ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
          : 0;
      return `${file}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    }),
  );
}
