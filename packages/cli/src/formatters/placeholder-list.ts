import type { PlaceholderUse } from '@contactflow/validator';
import { palette } from '../color.js';
import type { FormatOptions } from './file-result.js';

/** The placeholders found in one linted file. */
export interface FilePlaceholders {
  /** The path as the user will recognise it (relative to the working directory). */
  readonly file: string;
  readonly uses: readonly PlaceholderUse[];
}

/** One placeholder name and everywhere it is used, as `--list-placeholders` reports it. */
export interface PlaceholderEntry {
  readonly name: string;
  /** The syntaxes it is written in, and how, in order of first use. */
  readonly syntaxes: readonly string[];
  readonly texts: readonly string[];
  /** The kinds of value it stands for, in order of first use. */
  readonly kinds: readonly string[];
  readonly uses: readonly {
    readonly file: string;
    readonly line: number | null;
    readonly column: number | null;
    readonly pointer: string;
    readonly parameter: string | null;
    readonly actionId: string | null;
    readonly syntax: string;
    readonly text: string;
    readonly kind: string;
  }[];
}

const metadataKind = 'designer metadata';

function added<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * The placeholders of the files, one entry per name, sorted by name (by code unit, so that the
 * order is the same everywhere); the uses of each in file order, then document order.
 *
 * @example
 * ```ts
 * import { placeholderEntries } from './placeholder-list.js';
 * placeholderEntries([{ file: 'a.json', uses: [] }]); // []
 * ```
 */
export function placeholderEntries(files: readonly FilePlaceholders[]): PlaceholderEntry[] {
  const byName = new Map<
    string,
    {
      syntaxes: string[];
      texts: string[];
      kinds: string[];
      uses: PlaceholderEntry['uses'][number][];
    }
  >();
  for (const { file, uses } of files) {
    for (const use of uses) {
      let entry = byName.get(use.name);
      if (entry === undefined) {
        entry = { syntaxes: [], texts: [], kinds: [], uses: [] };
        byName.set(use.name, entry);
      }
      added(entry.syntaxes, use.syntax);
      added(entry.texts, use.text);
      added(entry.kinds, use.kind);
      entry.uses.push({
        file,
        line: use.line ?? null,
        column: use.column ?? null,
        pointer: use.pointer,
        parameter: use.parameter ?? null,
        actionId: use.actionId ?? null,
        syntax: use.syntax,
        text: use.text,
        kind: use.kind,
      });
    }
  }
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, entry]) => ({ name, ...entry }));
}

/**
 * The placeholders for people: a heading per name with its syntax and the kinds of value it stands
 * for, a line per use (file:line:column, the parameter and the action), and a total.
 *
 * @example
 * ```ts
 * import { formatPlaceholderList } from './placeholder-list.js';
 * formatPlaceholderList([{ file: 'a.json', uses: [] }]); // 'No placeholders in 1 file.\n'
 * ```
 */
export function formatPlaceholderList(
  files: readonly FilePlaceholders[],
  options: FormatOptions = { color: false },
): string {
  const c = palette(options.color);
  const entries = placeholderEntries(files);
  const fileCount = `${files.length} file${files.length === 1 ? '' : 's'}`;
  if (entries.length === 0) return `No placeholders in ${fileCount}.\n`;
  const lines: string[] = [];
  for (const entry of entries) {
    // What the designer's metadata repeats says nothing the parameters do not.
    const values = entry.kinds.filter((kind) => kind !== metadataKind);
    const kinds = values.length > 0 ? values : entry.kinds;
    lines.push(
      `${c.bold(entry.name)}  ${entry.texts.join(', ')}  ${c.dim(entry.syntaxes.join(', '))}  ${kinds.join('; ')}`,
    );
    for (const use of entry.uses) {
      const position = `${use.file}:${use.line ?? 0}:${use.column ?? 0}`;
      const where =
        use.parameter === null
          ? use.pointer
          : `${use.parameter}${use.actionId === null ? '' : ` [${use.actionId}]`}`;
      lines.push(`  ${position}  ${c.dim(where)}`);
    }
    lines.push('');
  }
  const usesCount = entries.reduce((sum, entry) => sum + entry.uses.length, 0);
  const withUses = files.filter((file) => file.uses.length > 0).length;
  lines.push(
    `${entries.length} placeholder${entries.length === 1 ? '' : 's'}, ${usesCount} use${usesCount === 1 ? '' : 's'} in ${withUses} of ${fileCount}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The placeholders for programs: a JSON array of {@link PlaceholderEntry}, absent fields `null`.
 *
 * @example
 * ```ts
 * import { formatPlaceholderJson } from './placeholder-list.js';
 * formatPlaceholderJson([]); // '[]\n'
 * ```
 */
export function formatPlaceholderJson(files: readonly FilePlaceholders[]): string {
  return `${JSON.stringify(placeholderEntries(files), null, 2)}\n`;
}
