import { describe, expect, it } from 'vitest';
import { runExecutable, runInProcess } from './run-cli.js';

const fixture = (name: string) => `packages/cli/test/fixtures/${name}`;

describe('contactflow lint: sources, patterns and limits', () => {
  it('lints *.flow.ts sources by compiling them, with findings at their source lines', async () => {
    const result = await runExecutable(['lint', fixture('sources/two-flows.flow.ts')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/two-flows\.flow\.ts\n\s+13:\d+\s+error\s+longNotice: /);
  });

  it('is silent on the example sources', async () => {
    expect(await runInProcess(['lint', 'examples/customer-queue.flow.ts'])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('expands quoted glob patterns itself', async () => {
    const result = await runInProcess([
      'lint',
      'examples/flows/*-whisper.json',
      '--format',
      'json',
    ]);
    expect(result.exitCode).toBe(0);
    const files = (JSON.parse(result.stdout) as { filePath: string }[]).map((r) => r.filePath);
    expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual([
      'agent-whisper.json',
      'outbound-whisper.json',
    ]);
  });

  it('fails on more warnings than --max-warnings', async () => {
    // The examples hard-code ARNs, a warning once the repository's configuration is left out.
    const warned = [
      'examples/flows/customer-queue.json',
      '--config',
      fixture('no-settings.config.json'),
    ];
    const counted = await runInProcess(['lint', ...warned, '--format', 'json']);
    const warnings = (JSON.parse(counted.stdout) as { warningCount: number }[])[0]!.warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(
      await runInProcess(['lint', ...warned, '--max-warnings', String(warnings)]),
    ).toMatchObject({
      exitCode: 0,
    });
    const over = await runInProcess(['lint', ...warned, '--max-warnings', String(warnings - 1)]);
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toBe(
      `contactflow: ${warnings} warnings, more than --max-warnings ${warnings - 1}\n`,
    );
  });

  it('takes the flow type from --type, as from --flow-type', async () => {
    for (const option of ['--type', '--flow-type']) {
      const result = await runInProcess(['lint', fixture('empty.json'), option, 'NOT_A_TYPE']);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^contactflow: unknown flow type "NOT_A_TYPE"/);
    }
  });

  it.each([
    [['lint', 'examples/flows', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
    [['lint', 'nowhere/**/*.json'], /no files match this pattern/],
    [['lint'], /missing required argument 'paths'/],
  ])('exits 2 with one line for %j', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('contactflow', () => {
  it('prints --help with examples for every command', async () => {
    for (const command of ['lint', 'build', 'graph', 'import', 'diff', 'init']) {
      const result = await runInProcess([command, '--help']);
      expect(result.exitCode, command).toBe(0);
      expect(result.stdout, command).toContain('Examples:');
    }
  });

  it('prints its version', async () => {
    const result = await runInProcess(['--version']);
    expect(result).toMatchObject({ exitCode: 0 });
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
