import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../src/index.js';

/** The repository root, where the README's commands run. */
export const repositoryRoot = resolve(import.meta.dirname, '../../..');

/**
 * Runs the command in-process and captures what it prints; output is not a terminal and the
 * environment is empty unless `env` says otherwise, so colour never depends on the caller's shell.
 */
export async function runInProcess(
  args: string[],
  cwd = repositoryRoot,
  terminal: { isTTY?: boolean; env?: Record<string, string> } = {},
) {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    isTTY: terminal.isTTY ?? false,
    env: terminal.env ?? {},
  });
  return { exitCode, stdout, stderr };
}

/**
 * Runs the installed `contactflow` executable as a user would, in its own process, with the
 * caller's environment changed by `env` (a variable set to `undefined` is removed).
 */
export function runExecutable(
  args: string[],
  cwd = repositoryRoot,
  env: Readonly<Record<string, string | undefined>> = {},
) {
  const bin = resolve(repositoryRoot, 'node_modules/.bin/contactflow');
  const variables: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) delete variables[name];
  }
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(bin, args, { cwd, env: variables }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      done({ exitCode: code, stdout, stderr });
    });
  });
}
