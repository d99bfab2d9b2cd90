import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from './usage-error.js';

const skippedDirectories = new Set(['node_modules', '.git', 'dist', 'coverage']);

function walk(directory: string, accept: (path: string) => boolean, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    throw new UsageError(`${directory}: cannot be read`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(path, accept, found);
    } else if (entry.isFile() && accept(path)) {
      found.push(path);
    }
  }
}

function forwardSlashes(path: string): string {
  return path.split('\\').join('/');
}

/** Which files a directory given on the command line stands for. */
export interface CollectOptions {
  /** File name endings searched for in directories, such as `.json`. */
  readonly directoryEndings: readonly string[];
}

/**
 * Expands the paths given on the command line, in a stable order: files as they are, directories
 * to the files below them with the given endings (but not `*.settings.json`, module settings that
 * `build` writes beside a module), and glob patterns (quoted, so that the shell
 * leaves them alone) to the files they match. A path that does not exist, or a pattern that
 * matches nothing, is a usage error.
 *
 * @example
 * ```ts
 * import { collectFiles } from './collect-files.js';
 * collectFiles(['flows', 'exports/*.json'], process.cwd(), { directoryEndings: ['.json'] });
 * ```
 */
export function collectFiles(
  paths: readonly string[],
  cwd: string,
  options: CollectOptions,
): string[] {
  const found: string[] = [];
  // A module's settings, which build writes beside it, are not flows; named on their own they are
  // still read.
  const wanted = (path: string) =>
    options.directoryEndings.some((end) => path.endsWith(end)) && !path.endsWith('.settings.json');
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean | undefined;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      isDirectory = undefined;
    }
    if (isDirectory === true) walk(absolute, wanted, found);
    else if (isDirectory === false) found.push(absolute);
    else if (picomatch.scan(path).isGlob) {
      const { base, glob } = picomatch.scan(forwardSlashes(path));
      const root = resolve(cwd, base === '' ? '.' : base);
      const matches = picomatch(glob, { dot: false });
      const before = found.length;
      try {
        walk(root, (file) => matches(forwardSlashes(relative(root, file))), found);
      } catch {
        // A base directory that does not exist matches nothing, reported below.
      }
      if (found.length === before) throw new UsageError(`${path}: no files match this pattern`);
    } else {
      throw new UsageError(`${path}: no such file or directory`);
    }
  }
  // Paths below the working directory are shown relative to it, others as they are.
  return [...new Set(found)].map((file) => {
    const shown = relative(cwd, file);
    return shown === '' || shown.startsWith('..') ? file : shown;
  });
}
