import { relative, resolve } from 'node:path';
import { compile, type CompileDiagnostic, type CompileResult } from '@contactflow/compiler';
import type { Environment, FlowDefinition, PlaceholderSyntax } from '@contactflow/dsl';
import { validate, type Diagnostic, type ValidateOptions } from '@contactflow/validator';
import { loadFlowSource } from './load-flow-source.js';

/** One flow a source exports, compiled, with every diagnostic about it. */
export interface CompiledFlow {
  readonly exportName: string;
  readonly definition: FlowDefinition;
  readonly result: CompileResult;
  /** The compiler's and the validator's, located in the source where the builder knows where. */
  readonly diagnostics: readonly Diagnostic[];
}

/** How {@link compileFlowSource} compiles and checks. */
export interface CompileFlowSourceOptions {
  /** References resolve from it; without it they become `{{kind:name}}` placeholders. */
  readonly environment?: Environment | undefined;
  /**
   * Compiles a template instead: every reference becomes a placeholder of this syntax, and the
   * environment is not used.
   */
  readonly placeholderStyle?: PlaceholderSyntax | undefined;
  /** Passed to the validator; the flow type and channels otherwise come from the flow itself. */
  readonly validation?: ValidateOptions;
}

function sameFile(location: string, file: string, cwd: string): boolean {
  return relative(resolve(cwd, file), location) === '';
}

function fromCompiler(diagnostic: CompileDiagnostic, file: string, cwd: string): Diagnostic {
  const { location } = diagnostic;
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    pointer: '',
    ...(diagnostic.actionId !== undefined && { actionId: diagnostic.actionId }),
    ...(location &&
      sameFile(location.file, file, cwd) && { line: location.line, column: location.column }),
    ...(diagnostic.hint !== undefined && { hint: diagnostic.hint }),
  };
}

/**
 * Loads a `.flow.ts` file, compiles each flow it exports and validates the result, so that a
 * source gets the same checks as a JSON file. A validator diagnostic about an action is placed at
 * the line of the source that created its block, when that line is in this file.
 */
export async function compileFlowSource(
  file: string,
  options: CompileFlowSourceOptions,
  cwd: string,
): Promise<CompiledFlow[]> {
  const flows = await loadFlowSource(file, cwd);
  return flows.map(({ exportName, definition }) => {
    const { environment, placeholderStyle } = options;
    const result = compile(
      definition,
      placeholderStyle !== undefined
        ? { placeholderStyle }
        : environment === undefined
          ? { unresolvedReferences: 'placeholder' }
          : { environment },
    );
    // The rules check what the source says: with references as placeholders, an ARN the
    // environment supplies is not mistaken for one hard-coded in the flow. Identifiers do not
    // depend on the environment, so findings map onto the output all the same.
    const checked =
      environment === undefined && placeholderStyle === undefined
        ? result
        : compile(definition, { unresolvedReferences: 'placeholder' });
    const located = (diagnostic: Diagnostic): Diagnostic => {
      const origin =
        diagnostic.actionId === undefined ? undefined : result.origins.get(diagnostic.actionId);
      const location = origin?.location ?? definition.location;
      return location && sameFile(location.file, file, cwd)
        ? { ...diagnostic, line: location.line, column: location.column }
        : diagnostic;
    };
    // The flow's own type and channels, unless the command line or configuration says otherwise.
    const validation: ValidateOptions = {
      flowType: definition.flowType,
      ...(definition.channels && { channels: definition.channels }),
      ...options.validation,
    };
    const validated = validate(checked.document, validation).map(located);
    // The compiler and the validator both report some defects (a dangling branch); once is enough.
    const alsoValidated = new Set(validated.map((d) => `${d.code} ${d.actionId ?? ''}`));
    const diagnostics = [
      ...result.diagnostics
        .filter((d) => !alsoValidated.has(`${d.code} ${d.actionId ?? ''}`))
        .map((d) => fromCompiler(d, file, cwd)),
      ...validated,
    ];
    return { exportName, definition, result, diagnostics };
  });
}
