import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './run-cli.js';
import {
  git,
  installLinks,
  removeScratchRepositories,
  run,
  scratchRepository,
} from './support/scratch-repository.js';

// The husky and lint-staged recipe of docs/ci.md, followed as written: its shell commands (all but
// the npm install, which links stand in for) and its package.json settings, then real commits.

function recipe(): { commands: string[]; settings: Record<string, unknown> } {
  const text = readFileSync(resolve(repositoryRoot, 'docs/ci.md'), 'utf8');
  const section = text.slice(text.indexOf('## husky and lint-staged'));
  const block = (language: string) =>
    new RegExp('```' + language + '\\n([^`]*)```').exec(section)![1]!;
  return {
    commands: block('sh')
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('npm install')),
    settings: JSON.parse(block('json')) as Record<string, unknown>,
  };
}

function projectWithRecipe(): string {
  const project = scratchRepository('lint-staged');
  installLinks(project, ['husky', 'lint-staged']);
  const { commands, settings } = recipe();
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'flows', private: true, ...settings }, null, 2)}\n`,
  );
  writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
  for (const command of commands) {
    const result = run(project, 'sh', ['-c', command]);
    expect(result.status, `${command}: ${result.output}`).toBe(0);
  }
  mkdirSync(join(project, 'flows'));
  copyFileSync(
    resolve(repositoryRoot, 'examples/flows/agent-whisper.json'),
    join(project, 'flows/good.json'),
  );
  writeFileSync(join(project, 'flows/broken.json'), '{ "Version": "2019-10-30", ');
  return project;
}

describe('the husky and lint-staged recipe', () => {
  afterAll(removeScratchRepositories);

  it('lets a commit of clean flows through, not linting what is not staged', () => {
    const project = projectWithRecipe();
    git(project, 'add', '.gitignore', 'package.json', '.husky', 'flows/good.json');
    const commit = run(project, 'git', ['commit', '-m', 'Add the whisper flow']);
    expect(commit.output).not.toContain('broken.json');
    expect(commit.status, commit.output).toBe(0);
    expect(git(project, 'log', '--format=%s')).toBe('Add the whisper flow\n');
  }, 60_000);

  it('stops a commit with a broken staged flow, saying why', () => {
    const project = projectWithRecipe();
    git(project, 'add', '.gitignore', 'package.json', '.husky', 'flows');
    const commit = run(project, 'git', ['commit', '-m', 'Add flows']);
    expect(commit.status).not.toBe(0);
    expect(commit.output).toContain('contactflow lint --max-warnings 0');
    expect(commit.output).toContain('flows/broken.json');
    expect(commit.output).toContain('parse-error');
    expect(run(project, 'git', ['rev-parse', '--verify', 'HEAD']).status).not.toBe(0);
  }, 60_000);
});
