import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

function reasonFor(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'its directory does not exist';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of its directory is a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return 'cannot be written';
  }
}

/**
 * Writes a file through a temporary file beside it and a rename, so that nobody (an editor, a
 * browser reloading a page, a later step of a pipeline) ever sees half of it, and a failed write
 * leaves the old file. Missing directories are created unless `createDirectories` is false. A
 * failure is a {@link UsageError} naming the file.
 *
 * @example
 * ```ts
 * import { writeFileAtomically } from './write-file-atomically.js';
 * writeFileAtomically('flows/main.json', '{}\n', process.cwd());
 * ```
 */
export function writeFileAtomically(
  file: string,
  text: string,
  cwd: string,
  { createDirectories = true }: { readonly createDirectories?: boolean } = {},
): void {
  const target = resolve(cwd, file);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    if (createDirectories) mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where the temporary file would be (its directory is a file).
    }
    throw new UsageError(`${file}: ${reasonFor((error as NodeJS.ErrnoException).code)}`);
  }
}
