import type { FileResult } from './file-result.js';

/**
 * Human-readable output in the manner of ESLint's "stylish": a heading per file, a line per
 * problem, a total. Nothing at all when there are no problems.
 */
export function formatStylish(results: readonly FileResult[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    lines.push(file);
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      const position = `${d.line ?? 0}:${d.column ?? 0}`;
      const where = d.actionId === undefined ? '' : ` [${d.actionId}]`;
      lines.push(`  ${position.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}${where}  ${d.code}`);
      if (d.hint) lines.push(`  ${''.padEnd(8)} ${''.padEnd(7)} hint: ${d.hint}`);
    }
    lines.push('');
  }
  if (errors + warnings === 0) return '';
  const total = errors + warnings;
  lines.push(
    `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
  );
  return `${lines.join('\n')}\n`;
}
