import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const skippedDirectories = new Set(['node_modules', '.git', 'dist', 'coverage']);

function walk(directory: string, found: string[]): void {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(path, found);
    } else if (entry.isFile() && entry.name.endsWith('.json')) {
      found.push(path);
    }
  }
}

/**
 * Expands the paths given on the command line: files as they are, directories to the `*.json`
 * files below them, in a stable order. A path that does not exist is a usage error.
 */
export function collectFiles(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (isDirectory) walk(absolute, found);
    else found.push(absolute);
  }
  // Paths below the working directory are shown relative to it, others as they are.
  return [...new Set(found)].map((file) => {
    const shown = relative(cwd, file);
    return shown === '' || shown.startsWith('..') ? file : shown;
  });
}
