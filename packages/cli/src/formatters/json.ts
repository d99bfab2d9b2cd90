import type { Diagnostic } from '@contactflow/validator';
import type { FileResult } from './file-result.js';

/** One diagnostic with every key present, in a fixed order, so consumers can rely on the shape. */
function entry(diagnostic: Diagnostic) {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    actionId: diagnostic.actionId ?? null,
    pointer: diagnostic.pointer,
    line: diagnostic.line ?? null,
    column: diagnostic.column ?? null,
    hint: diagnostic.hint ?? null,
  };
}

/**
 * Machine-readable output: an array with one object per file, its error and warning counts and its
 * diagnostics. Absent fields are `null` rather than missing.
 */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map(({ file, diagnostics }) => ({
      filePath: file,
      errorCount: diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: diagnostics.map(entry),
    })),
    null,
    2,
  )}\n`;
}
