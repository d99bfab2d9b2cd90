import type { Diagnostic } from '@contactflow/validator';

/** The diagnostics of one linted file. */
export interface FileResult {
  /** The path as the user will recognise it (relative to the working directory). */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** How the output is to be written. */
export interface FormatOptions {
  /** Whether ANSI colours may be used. */
  readonly color: boolean;
}

/** Turns the results of a lint run into the text written to standard output. */
export type Formatter = (results: readonly FileResult[], options: FormatOptions) => string;
