import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repositoryRoot } from '../run-cli.js';

/** The result of a command run in a scratch repository. */
export interface CommandResult {
  readonly status: number;
  readonly output: string;
}

const created: string[] = [];

/** A fresh git repository in the system's temporary directory, with a committer configured. */
export function scratchRepository(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), `contactflow-${prefix}-`));
  created.push(directory);
  git(directory, 'init', '--quiet');
  git(directory, 'config', 'user.email', 'flows@example.com');
  git(directory, 'config', 'user.name', 'Flows');
  git(directory, 'config', 'commit.gpgsign', 'false');
  return directory;
}

/** Removes every repository {@link scratchRepository} made. */
export function removeScratchRepositories(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** Runs git, throwing on failure; the user's global configuration is left out. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: isolatedEnvironment() });
}

/** Runs a command and returns its status and combined output, whether it fails or not. */
export function run(cwd: string, command: string, args: readonly string[]): CommandResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: isolatedEnvironment() });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Whether a command is on the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

// Hooks and commits must not depend on the machine's git configuration (hooksPath, signing).
function isolatedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
}

/**
 * Makes `directory` look as if `npm install` had put `@contactflow/cli` and `@contactflow/dsl` (and
 * the named packages the CLI has as development dependencies) into its node_modules: links to the
 * workspace copies, with their executables in node_modules/.bin.
 */
export function installLinks(directory: string, packages: readonly string[] = []): void {
  const modules = join(directory, 'node_modules');
  const bin = join(modules, '.bin');
  mkdirSync(join(modules, '@contactflow'), { recursive: true });
  mkdirSync(bin, { recursive: true });
  const cli = resolve(repositoryRoot, 'packages/cli');
  const linked: [string, string][] = [
    ['@contactflow/cli', cli],
    ['@contactflow/dsl', resolve(repositoryRoot, 'packages/dsl')],
    ...packages.map((name): [string, string] => [name, resolve(cli, 'node_modules', name)]),
  ];
  for (const [name, location] of linked) {
    symlinkSync(location, join(modules, name), 'dir');
    const manifest = JSON.parse(readFileSync(join(location, 'package.json'), 'utf8')) as {
      bin?: string | Record<string, string>;
    };
    const bins =
      typeof manifest.bin === 'string'
        ? { [name.split('/').pop()!]: manifest.bin }
        : (manifest.bin ?? {});
    for (const [command, file] of Object.entries(bins)) {
      symlinkSync(join('..', name, file), join(bin, command));
    }
  }
}
