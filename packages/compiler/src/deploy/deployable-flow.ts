import type { FlowDefinition } from '@contactflow/dsl';
import type { CompileResult } from '../compile.js';

/** A flow or module to write into a deploy tool's configuration. */
export interface DeployableFlow {
  /** The stem of file names made for it: `main-ivr` for `main-ivr.tf.json`. */
  readonly stem: string;
  readonly definition: FlowDefinition;
  /**
   * The flow compiled without an environment, references left as `{{kind:name}}` placeholders
   * (`compile(definition, { unresolvedReferences: 'placeholder' })`).
   */
  readonly result: Pick<CompileResult, 'document' | 'settings'>;
}

/** Something about one flow of a deploy build, or about its whole output. */
export interface DeployDiagnostic {
  /** The {@link DeployableFlow.stem} of the flow it is about; absent: about the whole output. */
  readonly flow?: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
}

/** One file of a deploy tool's configuration. */
export interface DeployFile {
  /** A file name, without directories. */
  readonly name: string;
  readonly text: string;
}

/** What a deploy build makes: files only when no diagnostic is an error. */
export interface DeployOutput {
  readonly files: readonly DeployFile[];
  readonly diagnostics: readonly DeployDiagnostic[];
}
