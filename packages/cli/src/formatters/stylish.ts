import type { Severity } from '@contactflow/validator';
import { palette } from '../color.js';
import type { Palette } from '../color.js';
import type { FileResult, FormatOptions } from './file-result.js';

/** The text padded to `width` with the style applied to the text only. */
function pad(text: string, width: number, style: (text: string) => string): string {
  return style(text) + ' '.repeat(Math.max(0, width - text.length));
}

function severityStyle(c: Palette, severity: Severity): (text: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

/**
 * Human-readable output in the manner of ESLint's "stylish": a heading per file, a line per
 * problem, a total. Nothing at all when there are no problems. Coloured when `color` is set.
 */
export function formatStylish(
  results: readonly FileResult[],
  options: FormatOptions = { color: false },
): string {
  const c = palette(options.color);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    lines.push(c.underline(file));
    for (const d of diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      const position = pad(`${d.line ?? 0}:${d.column ?? 0}`, 8, c.dim);
      const severity = pad(d.severity, 7, severityStyle(c, d.severity));
      const where = d.actionId === undefined ? '' : ` [${d.actionId}]`;
      lines.push(`  ${position} ${severity} ${d.message}${where}  ${c.dim(d.code)}`);
      if (d.hint) lines.push(`  ${''.padEnd(8)} ${''.padEnd(7)} ${c.dim('hint:')} ${d.hint}`);
    }
    lines.push('');
  }
  if (errors + warnings === 0) return '';
  const total = errors + warnings;
  const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  lines.push(c.bold((errors > 0 ? c.red : c.yellow)(summary)));
  return `${lines.join('\n')}\n`;
}
