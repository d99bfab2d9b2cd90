import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';

const fixture = (name: string) => `packages/cli/test/fixtures/${name}`;
const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

describe('contactflow lint', () => {
  it('is silent and exits 0 on the bundled examples', async () => {
    expect(await runInProcess(['lint', 'examples/flows'])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('prints every problem with its place and exits 1', async () => {
    const result = await runInProcess(['lint', fixture('defects.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(golden('defects.stylish.txt'));
  });

  it('writes JSON diagnostics with --format json', async () => {
    const result = await runInProcess(['lint', '--format', 'json', fixture('defects.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(golden('defects.json.txt'));
  });

  it('lists the output formats in its help', async () => {
    const result = await runInProcess(['lint', '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('output format: stylish, json, sarif or github');
    expect(result.stdout).toContain('NO_COLOR');
  });

  it('reports invalid JSON as an error diagnostic with line and column', async () => {
    const result = await runInProcess(['lint', fixture('not-json.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('4:3');
    expect(result.stdout).toContain('Invalid JSON: "," expected.');
  });

  it('reports an empty file', async () => {
    const result = await runInProcess(['lint', fixture('empty.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('The file is empty');
  });

  it.each([
    [['lint', 'no/such/file.json'], 'contactflow: no/such/file.json: no such file or directory\n'],
    [
      ['lint', '--format', 'xml', 'examples/flows'],
      'contactflow: unknown format "xml"; expected one of stylish, json, sarif, github\n',
    ],
    [['lint', '--bogus', 'examples/flows'], "contactflow: unknown option '--bogus'\n"],
    [['frobnicate'], "contactflow: unknown command 'frobnicate'\n"],
  ])('exits 2 with one line for %j', async (args, message) => {
    const result = await runInProcess(args);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: message });
  });
});

describe('the contactflow executable', () => {
  it('is linked into the workspace and prints help', async () => {
    const result = await runExecutable(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Usage: contactflow');
    expect(result.stdout).toContain('lint');
  });

  it('returns the lint exit codes as a process', async () => {
    expect((await runExecutable(['lint', 'examples/flows'])).exitCode).toBe(0);
    expect((await runExecutable(['lint', fixture('defects.json')])).exitCode).toBe(1);
    const missing = await runExecutable(['lint', 'missing.json']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('contactflow: missing.json: no such file or directory\n');
    expect(missing.stderr).not.toContain('    at ');
  });

  it('works from another directory', async () => {
    const result = await runExecutable(
      ['lint', 'government-services-ivr.json'],
      resolve(repositoryRoot, 'examples/flows'),
    );
    expect(result.exitCode).toBe(0);
  });
});
