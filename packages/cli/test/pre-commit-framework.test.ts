import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './run-cli.js';
import {
  git,
  hasCommand,
  installLinks,
  removeScratchRepositories,
  run,
  scratchRepository,
} from './support/scratch-repository.js';

// The real pre-commit framework runs the hook this repository publishes in .pre-commit-hooks.yaml,
// as `pre-commit try-repo` does for a hook author: on the staged files of a project that has
// contactflow installed. CI installs Debian's pre-commit; elsewhere the test reports itself skipped.
const rootIsRepository = run(repositoryRoot, 'git', ['rev-parse', '--git-dir']).status === 0;
const available = hasCommand('pre-commit') && rootIsRepository;

function flowsProject(): string {
  const project = scratchRepository('pre-commit');
  installLinks(project);
  mkdirSync(join(project, 'flows'));
  copyFileSync(
    resolve(repositoryRoot, 'examples/flows/agent-whisper.json'),
    join(project, 'flows/good.json'),
  );
  writeFileSync(join(project, 'flows/broken.json'), '{ "Version": "2019-10-30", ');
  writeFileSync(join(project, 'package.json'), '{ "name": "flows", "private": true }\n');
  writeFileSync(join(project, '.gitignore'), 'node_modules/\n.pre-commit-home/\n');
  git(project, 'add', 'flows/good.json', 'package.json', '.gitignore');
  return project;
}

function tryHook(project: string) {
  // The framework keeps its clones under PRE_COMMIT_HOME; a scratch one keeps the user's cache out.
  const home = `PRE_COMMIT_HOME=${join(project, '.pre-commit-home')}`;
  return run(project, 'env', [home, 'pre-commit', 'try-repo', repositoryRoot, 'contactflow-lint']);
}

describe.skipIf(!available)('the hook under the pre-commit framework', () => {
  afterAll(removeScratchRepositories);

  it('passes when the staged flows are clean, whatever is not staged', () => {
    const project = flowsProject();
    const result = tryHook(project);
    expect(result.output).toMatch(/contactflow lint\.+Passed/);
    expect(result.status).toBe(0);
  }, 60_000);

  it('fails the commit on a staged flow with errors, naming the file', () => {
    const project = flowsProject();
    git(project, 'add', 'flows/broken.json');
    const result = tryHook(project);
    expect(result.output).toMatch(/contactflow lint\.+Failed/);
    expect(result.output).toContain('flows/broken.json');
    expect(result.output).toContain('parse-error');
    expect(result.output).not.toContain('flows/good.json');
    expect(result.status).toBe(1);
  }, 60_000);
});
