import type { SourceLocation } from '@contactflow/dsl';

/** Something the compiler found wrong with a flow, located at the block that caused it. */
export interface CompileDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** The identifier of the compiled action it concerns. */
  readonly actionId?: string;
  /** Where the block (or the flow) was created in the builder source. */
  readonly location?: SourceLocation;
  readonly hint?: string;
}
