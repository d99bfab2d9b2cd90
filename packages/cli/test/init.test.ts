import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';
import {
  git,
  hasCommand,
  installLinks,
  removeScratchRepositories,
  run,
  scratchRepository,
} from './support/scratch-repository.js';

// Inside the repository, so that the new project's imports of @contactflow/* resolve to the
// workspace packages, as they would to installed ones after `npm install`.
const scratch = resolve(import.meta.dirname, '.tmp');
const newDirectory = () => {
  mkdirSync(scratch, { recursive: true });
  return mkdtempSync(join(scratch, 'init-'));
};

describe('contactflow init', () => {
  it('creates a project that builds and lints out of the box', async () => {
    const parent = newDirectory();
    const created = await runInProcess(['init', 'my-flows'], parent);
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toContain('cd my-flows');
    const project = join(parent, 'my-flows');
    expect(readdirSync(project).sort()).toEqual([
      '.gitignore',
      '.pre-commit-config.yaml',
      'README.md',
      'contactflow.config.json',
      'environments',
      'flows',
      'package.json',
      'tsconfig.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
      name: string;
      scripts: Record<string, string>;
    };
    expect(manifest.name).toBe('my-flows');

    // What `npm run build` and `npm run lint` run, with the installed command.
    const args = (script: string) =>
      script
        .replace(/^contactflow /, '')
        .split(' ')
        .map((a) => a.replace(/'/g, ''));
    const built = await runExecutable(args(manifest.scripts['build']!), project);
    expect(built).toMatchObject({ exitCode: 0, stdout: '' });
    expect(readdirSync(join(project, 'build'))).toEqual(['main.json']);
    const linted = await runExecutable(args(manifest.scripts['lint']!), project);
    expect(linted).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  // The scratch project lives outside the repository here, so that it can be a repository itself;
  // the links stand in for `npm install`.
  it.skipIf(!hasCommand('pre-commit'))(
    'sets up pre-commit to lint the flows of each commit',
    async () => {
      const project = scratchRepository('init');
      expect((await runInProcess(['init'], project)).exitCode).toBe(0);
      installLinks(project);
      writeFileSync(join(project, 'flows/broken.flow.ts'), 'export const x = ;\n');
      git(project, 'add', '.');
      const home = `PRE_COMMIT_HOME=${join(project, '.git', 'pre-commit-home')}`;
      const hook = () => run(project, 'env', [home, 'pre-commit', 'run']);
      const failed = hook();
      expect(failed.output).toMatch(/contactflow lint\.+Failed/);
      expect(failed.output).toContain('flows/broken.flow.ts: cannot be loaded');

      git(project, 'rm', '--cached', '--quiet', 'flows/broken.flow.ts');
      const passed = hook();
      expect(passed.output).toMatch(/contactflow lint\.+Passed/);
      expect(passed.status).toBe(0);
      removeScratchRepositories();
    },
    60_000,
  );

  it('writes into an existing directory beside other files', async () => {
    const project = newDirectory();
    writeFileSync(join(project, 'notes.txt'), 'keep me');
    const result = await runInProcess(['init'], project);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(project, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(project, 'flows/main.flow.ts'))).toBe(true);
  });

  it('never overwrites: with one of its files present it writes nothing and exits 2', async () => {
    const project = newDirectory();
    writeFileSync(join(project, 'package.json'), '{"name":"mine"}');
    const result = await runInProcess(['init', relative(repositoryRoot, project)]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/already has package\.json; nothing was written\n$/);
    expect(readdirSync(project)).toEqual(['package.json']);
    expect(readFileSync(join(project, 'package.json'), 'utf8')).toBe('{"name":"mine"}');
  });
});
