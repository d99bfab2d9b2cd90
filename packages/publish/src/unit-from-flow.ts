import { resolve } from 'node:path';
import { compile, type CompileDiagnostic } from '@contactflow/compiler';
import {
  defaultPlaceholderSyntaxes,
  type FlowDefinition,
  type PlaceholderSyntax,
  type SourceLocation,
} from '@contactflow/dsl';
import type { Diagnostic } from '@contactflow/validator';
import type { PublishUnit, SourcePosition } from './publish-unit.js';
import { refuseUnrenderedPlaceholders } from './template-placeholders.js';

/** Options of {@link unitFromFlow}. */
export interface UnitFromFlowOptions {
  /** The `.flow.ts` file the flow is defined in, named in messages. */
  readonly file?: string | undefined;
  /** What `file` is relative to; the working directory when left out. */
  readonly cwd?: string | undefined;
  /**
   * The template placeholder syntaxes the compiled flow must not hold (in text such as
   * `'Press ${x}'`): every preset when left out, none with `[]`.
   */
  readonly placeholders?: readonly PlaceholderSyntax[] | undefined;
}

/**
 * A unit from a flow or module made with the builder: compiled with its references left as
 * `{{kind:name}}` placeholders for publish time (a flow object used as a reference becomes
 * `{{flow:<its name>}}`), its module settings, description and channels, the compiler's
 * diagnostics, and problems placed at the builder call that made the block when that is in `file`.
 *
 * Throws a `PublishInputError` naming the file and the builder call when the flow holds a template
 * placeholder (see `placeholders`): nothing fills it at publish time.
 *
 * @example
 * ```ts
 * import { disconnect, flow } from '@contactflow/dsl';
 * import { unitFromFlow } from '@contactflow/publish';
 * const unit = unitFromFlow(flow('Goodbye', { start: disconnect() }), { file: 'flows/goodbye.flow.ts' });
 * unit.name; // 'Goodbye'
 * ```
 */
export function unitFromFlow(
  definition: FlowDefinition,
  options: UnitFromFlowOptions = {},
): PublishUnit {
  const result = compile(definition, { unresolvedReferences: 'placeholder' });
  const cwd = options.cwd ?? process.cwd();
  const file = options.file;
  const inFile = (location: SourceLocation | undefined): SourcePosition | undefined =>
    location !== undefined &&
    file !== undefined &&
    resolve(cwd, file) === resolve(cwd, location.file)
      ? { line: location.line, column: location.column }
      : undefined;
  const locate = (actionId: string | undefined): SourcePosition | undefined =>
    inFile(
      (actionId === undefined ? undefined : result.origins.get(actionId)?.location) ??
        definition.location,
    );
  refuseUnrenderedPlaceholders(
    result.document,
    options.placeholders ?? defaultPlaceholderSyntaxes,
    file ?? `flow "${definition.name}"`,
    ({ actionId }) => locate(actionId),
  );
  const fromCompiler = (diagnostic: CompileDiagnostic): Diagnostic => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    pointer: '',
    ...(diagnostic.actionId !== undefined && { actionId: diagnostic.actionId }),
    ...inFile(diagnostic.location),
    ...(diagnostic.hint !== undefined && { hint: diagnostic.hint }),
  });
  return {
    name: definition.name,
    flowType: definition.flowType,
    content: result.json,
    ...(result.settings !== undefined && { settings: result.settings }),
    ...(definition.description !== undefined && { description: definition.description }),
    ...(definition.channels !== undefined && { channels: definition.channels }),
    ...(file !== undefined && { file }),
    diagnostics: result.diagnostics.map(fromCompiler),
    locate,
  };
}
