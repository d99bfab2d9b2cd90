import type { Diagnostic } from '@contactflow/validator';

/** The diagnostics of one linted file. */
export interface FileResult {
  /** The path as the user will recognise it (relative to the working directory). */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}
