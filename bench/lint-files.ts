import { readFileSync } from 'node:fs';
import { validateText } from '@contactflow/validator';
import { formatStylish } from '../packages/cli/src/formatters/stylish.js';

/**
 * What `contactflow lint` does with JSON files, in-process: read each, parse it with positions,
 * run every rule, and format the results as the default (stylish) output. Returns the output so
 * that no step can be skipped as unused.
 *
 * @example
 * ```ts
 * import { lintFiles } from './lint-files.js';
 * const output = lintFiles(['examples/flows/customer-queue.json']);
 * ```
 */
export function lintFiles(paths: readonly string[]): string {
  const results = paths.map((file) => ({
    file,
    diagnostics: validateText(readFileSync(file, 'utf8'), { fileName: file }),
  }));
  return formatStylish(results, { color: false });
}

/**
 * The same files only read and given to `JSON.parse`: the floor a linter is compared with.
 *
 * @example
 * ```ts
 * import { parseFiles } from './lint-files.js';
 * const documents = parseFiles(['examples/flows/customer-queue.json']);
 * ```
 */
export function parseFiles(paths: readonly string[]): unknown[] {
  return paths.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);
}

/**
 * Lint of one text already in memory, formatted: the per-flow part of {@link lintFiles}.
 *
 * @example
 * ```ts
 * import { lintText } from './lint-files.js';
 * const output = lintText('flow.json', '{"Version":"2019-10-30","StartAction":"a","Actions":[]}');
 * ```
 */
export function lintText(file: string, text: string): string {
  return formatStylish([{ file, diagnostics: validateText(text, { fileName: file }) }], {
    color: false,
  });
}
