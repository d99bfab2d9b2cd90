import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable } from './run-cli.js';

/** The hook as .pre-commit-hooks.yaml declares it (a flat list of scalars, read without a YAML library). */
function hook(): { entry: string; files: RegExp; exclude: RegExp } {
  const text = readFileSync(resolve(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8');
  const field = (name: string) => new RegExp(`^\\s+${name}: (.*)$`, 'm').exec(text)?.[1] ?? '';
  return {
    entry: field('entry'),
    files: new RegExp(field('files')),
    exclude: new RegExp(field('exclude')),
  };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

describe('the pre-commit hook', () => {
  it('runs contactflow lint, as installed in the project', () => {
    expect(hook().entry).toBe('npx --no-install contactflow lint');
  });

  it('lints the staged flows only, as pre-commit would pass them', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'contactflow-hook-'));
    git(repository, 'init', '--quiet');
    mkdirSync(join(repository, 'flows'));
    const example = (name: string) => resolve(repositoryRoot, 'examples/flows', name);
    copyFileSync(example('agent-whisper.json'), join(repository, 'flows/good.json'));
    writeFileSync(join(repository, 'flows/broken.json'), '{ "Version": "2019-10-30", ');
    writeFileSync(join(repository, 'package.json'), '{ "name": "flows" }\n');
    writeFileSync(join(repository, 'tsconfig.json'), '{}\n');
    git(repository, 'add', 'flows/good.json', 'package.json', 'tsconfig.json');

    const { files, exclude } = hook();
    const staged = git(repository, 'diff', '--cached', '--name-only').trim().split('\n');
    const passed = staged.filter((file) => files.test(file) && !exclude.test(file));
    expect(passed).toEqual(['flows/good.json']);

    // The unstaged broken flow is not among them, so the commit goes through.
    const result = await runExecutable(['lint', ...passed], repository);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });

    git(repository, 'add', 'flows/broken.json');
    const withBroken = git(repository, 'diff', '--cached', '--name-only')
      .trim()
      .split('\n')
      .filter((file) => files.test(file) && !exclude.test(file));
    expect(withBroken).toEqual(['flows/broken.json', 'flows/good.json']);
    expect((await runExecutable(['lint', ...withBroken], repository)).exitCode).toBe(1);
  });
});
