import { sep } from 'node:path';

/** The path with the platform's separator replaced by `/`, as CI services and SARIF expect. */
export function forwardSlashes(path: string, separator: string = sep): string {
  return separator === '/' ? path : path.split(separator).join('/');
}
