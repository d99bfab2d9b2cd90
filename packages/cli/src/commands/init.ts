import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { CommandOutcome } from '../command-outcome.js';
import { projectFiles } from '../init/project-files.js';
import { UsageError } from '../usage-error.js';
import { packageVersion } from '../version.js';
import { writeFileAtomically } from '../write-file-atomically.js';

function packageName(directory: string): string {
  const name = basename(directory)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return name === '' ? 'flows' : name;
}

/**
 * Creates a flows project in `dir`: a sample flow, an environment file, a configuration, a
 * pre-commit set-up and the package.json that builds and lints them. It never overwrites: when
 * any of its files exists already, nothing is written.
 *
 * @example
 * ```ts
 * import { init } from './init.js';
 * await init('my-flows', process.cwd());
 * ```
 */
export async function init(dir: string, cwd: string): Promise<CommandOutcome> {
  const directory = resolve(cwd, dir);
  if (existsSync(directory) && !statSync(directory).isDirectory()) {
    throw new UsageError(`${dir}: exists and is not a directory`);
  }
  const files = projectFiles(packageName(directory), packageVersion());
  const existing = files.filter((file) => existsSync(join(directory, file.path)));
  if (existing.length > 0) {
    throw new UsageError(
      `${dir}: already has ${existing.map((file) => file.path).join(', ')}; nothing was written`,
    );
  }
  for (const file of files) writeFileAtomically(join(directory, file.path), file.text, cwd);
  const shownDirectory = relative(cwd, directory) || '.';
  const wasEmpty = readdirSync(directory).length === files.length;
  const next = [
    shownDirectory === '.' ? undefined : `cd ${shownDirectory}`,
    'npm install',
    'npm run build',
    'npm run lint',
  ].filter((step) => step !== undefined);
  return {
    output: `Created a flows project in ${shownDirectory}${wasEmpty ? '' : ' beside the files already there'}:\n${files
      .map((file) => `  ${file.path}\n`)
      .join('')}\nNext:\n${next.map((step) => `  ${step}\n`).join('')}`,
    exitCode: 0,
  };
}
