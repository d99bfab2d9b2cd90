import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../src/color.js';
import { runInProcess } from './run-cli.js';

const defects = 'packages/cli/test/fixtures/defects.json';
const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');
const escape = '\u001b[';

describe('shouldUseColor', () => {
  it.each<[Record<string, string>, boolean, boolean]>([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: 'true' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '1', TERM: 'dumb' }, false, true],
  ])('env %j, terminal %s: %s', (env, isTTY, expected) => {
    expect(shouldUseColor({ env, isTTY })).toBe(expected);
  });
});

describe('stylish colour', () => {
  it('colours output to a terminal, with the same text underneath', async () => {
    const result = await runInProcess(['lint', defects], undefined, { isTTY: true });
    expect(result.stdout).toContain(`${escape}31merror${escape}39m`);
    expect(result.stdout).toContain(`${escape}33mwarning${escape}39m`);
    expect(stripVTControlCharacters(result.stdout)).toBe(golden('defects.stylish.txt'));
  });

  it('is plain when NO_COLOR is set or output is not a terminal', async () => {
    const noColor = await runInProcess(['lint', defects], undefined, {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).toBe(golden('defects.stylish.txt'));
    const piped = await runInProcess(['lint', defects], undefined, { isTTY: false });
    expect(piped.stdout).toBe(golden('defects.stylish.txt'));
  });

  it('is coloured through a pipe when FORCE_COLOR is set', async () => {
    const result = await runInProcess(['lint', defects], undefined, { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain(escape);
  });

  it.each([['json'], ['sarif'], ['github']])('never colours --format %s', async (format) => {
    const result = await runInProcess(['lint', '--format', format, defects], undefined, {
      isTTY: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(result.stdout).not.toContain(escape);
  });
});
