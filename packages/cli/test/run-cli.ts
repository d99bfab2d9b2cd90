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

/** Runs the installed `contactflow` executable as a user would, in its own process. */
export function runExecutable(args: string[], cwd = repositoryRoot) {
  const bin = resolve(repositoryRoot, 'node_modules/.bin/contactflow');
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(bin, args, { cwd }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      done({ exitCode: code, stdout, stderr });
    });
  });
}
