import { lstatSync, statSync } from 'node:fs';

/**
 * What an error of the file system says about a file, in a few words for a one-line message.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { fileErrorReason } from './input-file-problem.js';
 * try {
 *   readFileSync('missing.json');
 * } catch (error) {
 *   fileErrorReason(error); // 'no such file or directory'
 * }
 * ```
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'cannot be read (too many levels of symbolic links)';
    default:
      return code === undefined ? 'cannot be read' : `cannot be read (${code})`;
  }
}

/**
 * Why `path` cannot be read as an input file, in a few words: it does not exist, it is a symbolic
 * link to nothing, a directory, or no regular file (a pipe or a device, which could block or never
 * end); `undefined` when it is a file.
 *
 * @example
 * ```ts
 * import { inputFileProblem } from './input-file-problem.js';
 * inputFileProblem('/tmp'); // 'is a directory'
 * ```
 */
export function inputFileProblem(path: string): string | undefined {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return undefined;
    return stats.isDirectory() ? 'is a directory' : 'is not a regular file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      try {
        if (lstatSync(path).isSymbolicLink()) return 'is a symbolic link to nothing';
      } catch {
        // Not there at all.
      }
    }
    return fileErrorReason(error);
  }
}
