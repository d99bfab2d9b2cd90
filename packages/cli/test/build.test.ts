import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';

const source = (name: string) => `packages/cli/test/fixtures/sources/${name}`;
const outDir = () => mkdtempSync(join(tmpdir(), 'contactflow-build-'));
const committed = (name: string) =>
  readFileSync(resolve(repositoryRoot, 'examples/flows', name), 'utf8');

describe('contactflow build', () => {
  it('writes the same JSON as the committed example flows', async () => {
    const out = outDir();
    const result = await runInProcess([
      'build',
      'examples/customer-queue.flow.ts',
      'examples/government-services-ivr.flow.ts',
      '--env',
      'examples/environments/dev.json',
      '--out-dir',
      out,
    ]);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    expect(result.stderr).toContain('examples/customer-queue.flow.ts -> ');
    expect(readFileSync(join(out, 'customer-queue.json'), 'utf8')).toBe(
      committed('customer-queue.json'),
    );
    expect(readFileSync(join(out, 'government-services-ivr.json'), 'utf8')).toBe(
      committed('government-services-ivr.json'),
    );
  });

  it('finds environments/NAME.json for --env NAME, and writes module settings', async () => {
    const out = outDir();
    const result = await runInProcess(
      ['build', 'payment-module.flow.ts', '--env', 'dev', '--out-dir', out],
      resolve(repositoryRoot, 'examples'),
    );
    expect(result.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'payment-module.json',
      'payment-module.settings.json',
    ]);
    expect(readFileSync(join(out, 'payment-module.settings.json'), 'utf8')).toBe(
      readFileSync(resolve(repositoryRoot, 'examples/module-settings/payment-module.json'), 'utf8'),
    );
  });

  it('leaves references as placeholders without --env', async () => {
    const out = outDir();
    const result = await runInProcess(['build', source('unknown-queue.flow.ts'), '-o', out]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(out, 'unknown-queue.json'), 'utf8')).toContain('{{queue:Billing}}');
  });

  // Source lines come from the stack traces of the loaded flow, which the test runner's own source
  // maps would distort: these run the installed command, as users do.
  it('reports a name the environment lacks at its source line, and writes nothing', async () => {
    const out = outDir();
    const result = await runExecutable([
      'build',
      source('unknown-queue.flow.ts'),
      '--env',
      'packages/cli/test/fixtures/environment.json',
      '--out-dir',
      out,
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/unknown-queue\.flow\.ts\n\s+5:\d+\s+error .*Billing/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('reports a defect that compiler and validator both see once', async () => {
    const out = outDir();
    const result = await runInProcess([
      'build',
      source('dangling-branch.flow.ts'),
      '--format',
      'json',
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(1);
    const [file] = JSON.parse(result.stdout) as { diagnostics: { code: string }[] }[];
    expect(file!.diagnostics.map((d) => d.code)).toEqual(['dangling-transition']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('names each flow of a source that exports several, and writes only those without errors', async () => {
    const out = outDir();
    const result = await runExecutable(['build', source('two-flows.flow.ts'), '--out-dir', out]);
    expect(result.exitCode).toBe(1);
    expect(readdirSync(out)).toEqual(['two-flows.closed-for-holidays.json']);
    expect(result.stdout).toMatch(/13:\d+\s+error\s+longNotice: .*text-to-speech-too-long/);
  });

  it('compiles every *.flow.ts below a directory', async () => {
    const out = outDir();
    const result = await runInProcess(['build', source('directory'), '--out-dir', out]);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['closed.json', 'hang-up.json']);
  });

  it.each([
    [
      ['build', source('throws.flow.ts')],
      /throws\.flow\.ts: cannot be loaded: the flow failed to build/,
    ],
    [['build', source('no-flow.flow.ts')], /no-flow\.flow\.ts: exports no flow/],
    [['build', 'missing.flow.ts'], /missing\.flow\.ts: no such file or directory/],
    [
      ['build', 'examples/customer-queue.flow.ts', '--env', 'nowhere'],
      /environments\/nowhere\.json/,
    ],
    [['build', 'flows/**/*.nothing.ts'], /no files match this pattern/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const out = outDir();
    const result = await runInProcess([...args, '--out-dir', out]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out) && readdirSync(out)).toEqual([]);
  });
});
