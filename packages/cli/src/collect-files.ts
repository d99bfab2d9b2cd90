import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { fileErrorReason } from './input-file-problem.js';
import { UsageError } from './usage-error.js';

const skippedDirectories = new Set(['node_modules', '.git', 'dist', 'coverage']);

function walk(
  directory: string,
  accept: (path: string) => boolean,
  found: string[],
  onUnreadable: (directory: string, error: unknown) => void,
): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    onUnreadable(directory, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(path, accept, found, onUnreadable);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && accept(path)) {
      // A link is taken as what it names; one to a directory is not followed (it could lead back
      // up), and one to nothing is reported when it is read.
      if (entry.isFile() || !isDirectory(path)) found.push(path);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function forwardSlashes(path: string): string {
  return path.split('\\').join('/');
}

/** Which files a directory given on the command line stands for. */
export interface CollectOptions {
  /** File name endings searched for in directories, such as `.json`. */
  readonly directoryEndings: readonly string[];
  /**
   * Told of each path that cannot be searched (one line naming it), and the others are still
   * collected; without it, the first such path is a {@link UsageError}.
   */
  readonly onProblem?: (message: string) => void;
}

/**
 * Expands the paths given on the command line, in a stable order: files as they are, directories
 * to the files below them with the given endings (but not `*.settings.json`, module settings that
 * `build` writes beside a module), and glob patterns (quoted, so that the shell
 * leaves them alone) to the files they match. Symbolic links to files count as files. A path that
 * does not exist, a pattern that matches nothing or a directory that cannot be read is a usage
 * error, or with `onProblem` a message and the next path.
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
  const onProblem =
    options.onProblem ??
    ((message: string) => {
      throw new UsageError(message);
    });
  // A module's settings, which build writes beside it, are not flows; named on their own they are
  // still read.
  const unreadable = (directory: string, error: unknown) =>
    onProblem(`${shownPath(directory, cwd)}: ${fileErrorReason(error)}`);
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
    if (isDirectory === true) walk(absolute, wanted, found, unreadable);
    else if (isDirectory === false) found.push(absolute);
    else if (isSymbolicLink(absolute)) onProblem(`${path}: is a symbolic link to nothing`);
    else if (picomatch.scan(path).isGlob) {
      const { base, glob } = picomatch.scan(forwardSlashes(path));
      const root = resolve(cwd, base === '' ? '.' : base);
      const matches = picomatch(glob, { dot: false });
      const before = found.length;
      // A base directory that does not exist matches nothing, reported below.
      const below = (directory: string, error: unknown) => {
        if (directory !== root) unreadable(directory, error);
      };
      walk(root, (file) => matches(forwardSlashes(relative(root, file))), found, below);
      if (found.length === before) onProblem(`${path}: no files match this pattern`);
    } else {
      onProblem(`${path}: no such file or directory`);
    }
  }
  return [...new Set(found)].map((file) => shownPath(file, cwd));
}

/** Paths below the working directory are shown relative to it, others as they are. */
function shownPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown === '' || shown.startsWith('..') ? file : shown;
}
