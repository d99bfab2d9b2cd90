import type { FileResult } from './file-result.js';

/** Machine-readable output: one entry per file with its diagnostics, stable key order. */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map(({ file, diagnostics }) => ({ file, diagnostics })),
    null,
    2,
  )}\n`;
}
