/**
 * Rows as plain-text columns: each column padded with spaces to its widest cell, two spaces
 * between columns, no trailing spaces; the first row is the heading.
 *
 * @example
 * ```ts
 * import { formatTable } from './format-table.js';
 * formatTable([['NAME', 'TYPE'], ['Main IVR', 'CONTACT_FLOW']]);
 * // 'NAME      TYPE\nMain IVR  CONTACT_FLOW\n'
 * ```
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
