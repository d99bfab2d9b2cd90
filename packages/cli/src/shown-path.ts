import { relative } from 'node:path';

/**
 * A path as people expect to read it in a message: relative to the working directory when it is
 * below it, as given otherwise.
 *
 * @example
 * ```ts
 * import { shownPath } from './shown-path.js';
 * shownPath('/work/flows/.contactflow/backups/run', '/work/flows'); // '.contactflow/backups/run'
 * ```
 */
export function shownPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}
