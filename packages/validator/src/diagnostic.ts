/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in a flow.
 *
 * @example
 * ```ts
 * import type { Diagnostic } from '@contactflow/validator';
 * const d: Diagnostic = {
 *   code: 'unknown-action-type',
 *   severity: 'error',
 *   message: 'Unknown action type "SetVoice".',
 *   pointer: '/Actions/2/Type',
 * };
 * ```
 */
export interface Diagnostic {
  /** Stable identifier of the check that found it. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong, the value found and what is expected. */
  readonly message: string;
  /** JSON pointer into the document (`""` for the whole document). */
  readonly pointer: string;
  /** The action concerned, when there is one. */
  readonly actionId?: string;
  /** 1-based line, when the input was text. */
  readonly line?: number;
  /** 1-based column, when the input was text. */
  readonly column?: number;
  /** How to fix it, when known. */
  readonly hint?: string;
}
