import { isAbsolute } from 'node:path';

/**
 * The file an `--env` option names: a path as given when it looks like one (it has a slash or ends
 * in `.json`), otherwise `environments/<NAME>.json`, the layout `contactflow init` creates.
 *
 * @example
 * ```ts
 * import { environmentFileOf } from './environment-option.js';
 * environmentFileOf('prod'); // 'environments/prod.json'
 * environmentFileOf('config/dev.json'); // 'config/dev.json'
 * ```
 */
export function environmentFileOf(option: string): string {
  const isPath = isAbsolute(option) || /[\\/]/.test(option) || option.endsWith('.json');
  return isPath ? option : `environments/${option}.json`;
}
