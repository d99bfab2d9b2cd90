import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Writes a file through a temporary file beside it and a rename, so that nobody (an editor, a
 * watcher, a later step of a pipeline) ever sees half of it, and a failed write leaves the old file.
 * Missing directories are created. A failure is a {@link UsageError} naming the file.
 *
 * @example
 * ```ts
 * import { writeFileAtomically } from './write-file-atomically.js';
 * writeFileAtomically('flows/main.json', '{}\n', process.cwd());
 * ```
 */
export function writeFileAtomically(file: string, text: string, cwd: string): void {
  const target = resolve(cwd, file);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UsageError(`${file}: cannot be written (${code})`);
  }
}
