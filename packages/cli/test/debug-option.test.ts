import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/index.js';
import { runExecutable } from './run-cli.js';

const throwing = resolve(import.meta.dirname, 'fixtures/sources/throws.flow.ts');
const stackFrame = /^\s+at /m;

describe('--debug', () => {
  it('keeps a flow source that throws to one line without it', async () => {
    const result = await runExecutable(['build', throwing]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^contactflow: .*throws\.flow\.ts: cannot be loaded: the flow failed to build\n$/,
    );
    expect(result.stderr).not.toMatch(stackFrame);
  });

  it('shows where in the flow source the error was thrown', async () => {
    const result = await runExecutable(['build', throwing, '--debug']);
    expect(result.exitCode).toBe(2);
    const [first, ...trace] = result.stderr.split('\n');
    expect(first).toMatch(/throws\.flow\.ts: cannot be loaded: the flow failed to build$/);
    expect(trace.join('\n')).toMatch(stackFrame);
    expect(trace.join('\n')).toContain('throws.flow.ts:1');
  });

  // An internal error: writing the output fails (a closed pipe, a full disk).
  const failingOutput = (args: string[]) => {
    let stderr = '';
    const exitCode = main(args, {
      stdout: () => {
        throw new Error('write EPIPE');
      },
      stderr: (text) => (stderr += text),
      cwd: resolve(import.meta.dirname, '../../..'),
    });
    return exitCode.then((code) => ({ exitCode: code, stderr }));
  };

  it('reports an internal error on one line, pointing at --debug', async () => {
    const result = await failingOutput(['lint', '--format', 'json', 'examples/flows']);
    expect(result).toEqual({
      exitCode: 2,
      stderr: 'contactflow: internal error: write EPIPE (run with --debug for details)\n',
    });
  });

  it('shows the stack trace of an internal error with it', async () => {
    const result = await failingOutput(['lint', '--format', 'json', 'examples/flows', '--debug']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^contactflow: internal error: Error: write EPIPE\n/);
    expect(result.stderr).toMatch(stackFrame);
  });
});
