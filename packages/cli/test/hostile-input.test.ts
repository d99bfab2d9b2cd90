import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';

// Whatever users feed the command, it must answer each bad input with one line (or, for a file
// whose content is no flow, a diagnostic with line and column), the right exit code, no stack
// trace, and go on with the other files. Big inputs are made here, in a scratch directory below
// the package (so that `.flow.ts` files there resolve @contactflow/dsl), never committed.
const scratchRoot = resolve(import.meta.dirname, '.tmp');
let dir: string;
const at = (name: string) => join(dir, name);
const stackFrame = /^\s+at /m;

const goodFlow = {
  Version: '2019-10-30',
  StartAction: 'bye',
  Metadata: { type: 'contactFlow' },
  Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
};

/** A chain of `count` prompts ending in a disconnect. */
function chain(count: number) {
  const actions = Array.from({ length: count }, (_, i) => ({
    Identifier: `say${i}`,
    Type: 'MessageParticipant',
    Parameters: { Text: `Message ${i}.` },
    Transitions: {
      NextAction: i === count - 1 ? 'bye' : `say${i + 1}`,
      Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
    },
  }));
  return { ...goodFlow, StartAction: 'say0', Actions: [...actions, ...goodFlow.Actions] };
}

beforeAll(() => {
  mkdirSync(scratchRoot, { recursive: true });
  dir = mkdtempSync(join(scratchRoot, 'hostile-'));
  // Readable by another user, for the permission case run as one.
  chmodSync(dir, 0o755);
  writeFileSync(at('good.json'), JSON.stringify(goodFlow, null, 2));
  writeFileSync(at('invalid.json'), '{\n  "Version": "2019-10-30",\n  "Actions": [\n}\n');
  writeFileSync(at('empty.json'), '');
  // Fifty megabytes: a valid document padded with spaces.
  writeFileSync(
    at('huge.json'),
    Buffer.concat([Buffer.from(JSON.stringify(goodFlow)), Buffer.alloc(50 * 1024 * 1024, 0x20)]),
  );
  writeFileSync(at('deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  writeFileSync(at('deep-object.json'), `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  writeFileSync(
    at('bom.json'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(goodFlow))]),
  );
  writeFileSync(
    at('latin1.json'),
    Buffer.concat([
      Buffer.from('{\n  "Version": "2019-10-30",\n  "x": "caf'),
      Buffer.from([0xe9, 0x22, 0x7d]),
    ]),
  );
  writeFileSync(at('utf16.json'), Buffer.from(`\ufeff${JSON.stringify(goodFlow)}`, 'utf16le'));
  mkdirSync(at('folder.json'));
  mkdirSync(at('no-flows'));
  symlinkSync(at('nowhere.json'), at('broken.json'));
  writeFileSync(at('secret.json'), JSON.stringify(goodFlow));
  chmodSync(at('secret.json'), 0o000);
  writeFileSync(at('many.json'), JSON.stringify(chain(10_000)));
  writeFileSync(at('throws.flow.ts'), "throw new Error('the flow failed to build');\n");
  writeFileSync(at('spins.flow.ts'), 'while (true) {}\nexport {};\n');
  writeFileSync(at('waits.flow.ts'), 'await new Promise(() => {});\nexport {};\n');
  writeFileSync(at('exits.flow.ts'), 'process.exit(0);\nexport {};\n');
  cpSync(
    resolve(import.meta.dirname, 'fixtures/sources/directory/closed.flow.ts'),
    at('good.flow.ts'),
  );
  writeFileSync(
    at('many.flow.ts'),
    [
      "import { disconnect, flow, playPrompt, type FlowNode } from '@contactflow/dsl';",
      'let next: FlowNode = disconnect();',
      'for (let i = 0; i < 10_000; i++) next = playPrompt({ text: `Message ${i}.` }).then(next).onError(next);',
      "export const many = flow('Many', { start: next });",
      '',
    ].join('\n'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `lint --format json` in the scratch directory and returns the results by file. */
async function lint(files: string[], extra: string[] = []) {
  const result = await runInProcess(
    ['lint', '--format', 'json', '--type', 'CONTACT_FLOW', ...extra, ...files],
    dir,
  );
  const results = result.stdout === '' ? [] : (JSON.parse(result.stdout) as LintResult[]);
  return { ...result, byFile: new Map(results.map((r) => [r.filePath, r])) };
}

interface LintResult {
  readonly filePath: string;
  readonly diagnostics: { code: string; message: string; line?: number; column?: number }[];
}

/** The good file was linted too, and found clean. */
function expectGoodLinted(byFile: Map<string, LintResult>) {
  expect(byFile.get('good.json')?.diagnostics).toEqual([]);
}

/** One line on standard error, naming the file, without a stack trace. */
function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(/^contactflow: [^\n]*\n$/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(stackFrame);
}

describe('lint, given a hostile file among good ones', () => {
  it('reports invalid JSON as a diagnostic with line and column, and lints the rest', async () => {
    const { exitCode, stderr, byFile } = await lint(['invalid.json', 'good.json']);
    expect(exitCode).toBe(1);
    expect(stderr).toBe('');
    expect(byFile.get('invalid.json')?.diagnostics[0]).toMatchObject({
      code: 'parse-error',
      message: 'Invalid JSON: value expected.',
      line: 4,
      column: 1,
    });
    expectGoodLinted(byFile);
  });

  it('reports an empty file', async () => {
    const { exitCode, byFile } = await lint(['empty.json', 'good.json']);
    expect(exitCode).toBe(1);
    expect(byFile.get('empty.json')?.diagnostics[0]?.message).toMatch(/The file is empty/);
    expectGoodLinted(byFile);
  });

  it('refuses a 50 MB file unread', async () => {
    const { exitCode, byFile } = await lint(['huge.json', 'good.json']);
    expect(exitCode).toBe(1);
    expect(byFile.get('huge.json')?.diagnostics).toEqual([
      expect.objectContaining({
        code: 'parse-error',
        message: expect.stringMatching(/larger than the 10,000,000 bytes any flow file has/),
      }),
    ]);
    expectGoodLinted(byFile);
  });

  it.each(['deep.json', 'deep-object.json'])(
    'refuses %s, nested 100,000 levels deep, where the nesting passes the limit',
    async (file) => {
      const { exitCode, stderr, byFile } = await lint([file, 'good.json']);
      expect(exitCode).toBe(1);
      expect(stderr).toBe('');
      const [diagnostic] = byFile.get(file)?.diagnostics ?? [];
      expect(diagnostic).toMatchObject({ code: 'parse-error', line: 1 });
      expect(diagnostic?.message).toMatch(/nest more than 1,000 levels/);
      expectGoodLinted(byFile);
    },
  );

  it('reads a file that starts with a byte order mark', async () => {
    const { exitCode, byFile } = await lint(['bom.json', 'good.json']);
    expect(exitCode).toBe(0);
    expect(byFile.get('bom.json')?.diagnostics).toEqual([]);
    expectGoodLinted(byFile);
  });

  it('reports bytes that are not UTF-8 where the first one is', async () => {
    const { exitCode, byFile } = await lint(['latin1.json', 'utf16.json', 'good.json']);
    expect(exitCode).toBe(1);
    expect(byFile.get('latin1.json')?.diagnostics).toEqual([
      expect.objectContaining({
        code: 'parse-error',
        line: 3,
        column: 12,
        message: expect.stringMatching(/not UTF-8 text: byte 0xE9/),
      }),
    ]);
    expect(byFile.get('utf16.json')?.diagnostics[0]?.message).toMatch(/UTF-16/);
    expectGoodLinted(byFile);
  });

  it('searches a directory, even one named like a flow, and one without flows', async () => {
    const { exitCode, stderr, byFile } = await lint(['folder.json', 'no-flows', 'good.json']);
    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
    expectGoodLinted(byFile);
  });

  it.each([
    ['broken.json', /broken\.json: is a symbolic link to nothing/],
    ['missing.json', /missing\.json: no such file or directory/],
  ])('names %s on one line, exits 2, and lints the others', async (file, message) => {
    const { exitCode, stderr, byFile } = await lint([file, 'good.json']);
    expect(exitCode).toBe(2);
    expectOneLine(stderr, message);
    expectGoodLinted(byFile);
  });

  it('reports a broken link found in a directory it searches', async () => {
    const { exitCode, stderr, byFile } = await lint(['.']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('contactflow: broken.json: is a symbolic link to nothing\n');
    expect(stderr).not.toMatch(stackFrame);
    expectGoodLinted(byFile);
  });

  // chmod 000 does not stop root, as CI runs: there the command runs as another user.
  const asRoot = process.getuid?.() === 0;
  it(`reports a file it may not read${asRoot ? ' (run as user nobody, since root reads anything)' : ''}`, async () => {
    const args = ['lint', '--format', 'json', '--type', 'CONTACT_FLOW', 'secret.json', 'good.json'];
    const result = asRoot ? await runAsNobody(args) : await runInProcess(args, dir);
    expect(result.exitCode).toBe(2);
    expectOneLine(result.stderr, /secret\.json: cannot be read \(permission denied\)/);
    const results = JSON.parse(result.stdout) as LintResult[];
    expect(results.map((r) => r.filePath)).toEqual(['good.json']);
  });

  it('lints a flow of 10,000 actions', async () => {
    const { exitCode, byFile } = await lint(['many.json', 'good.json']);
    expect(exitCode).toBe(1);
    expect(byFile.get('many.json')?.diagnostics.map((d) => d.code)).toContain('too-many-actions');
    expectGoodLinted(byFile);
  }, 60_000);

  it('reports a .flow.ts that throws on one line and lints the others', async () => {
    const { exitCode, stderr, byFile } = await lint(['throws.flow.ts', 'good.json']);
    expect(exitCode).toBe(2);
    expectOneLine(stderr, /throws\.flow\.ts: cannot be loaded: the flow failed to build$/m);
    expectGoodLinted(byFile);
  });

  it.each([
    ['spins.flow.ts', 'an endless loop'],
    ['waits.flow.ts', 'a promise that never settles'],
  ])('stops %s (%s) after the time limit and lints the others', async (file) => {
    vi.stubEnv('CONTACTFLOW_LOAD_TIMEOUT', '2');
    try {
      const { exitCode, stderr, byFile } = await lint([file, 'good.json']);
      expect(exitCode).toBe(2);
      expectOneLine(
        stderr,
        new RegExp(
          `${file.replace('.', '\\.')}: (did not finish loading within 2 seconds and was stopped \\(CONTACTFLOW_LOAD_TIMEOUT sets the limit\\)|cannot be loaded: it exited)`,
        ),
      );
      expectGoodLinted(byFile);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('survives a .flow.ts that ends the process', async () => {
    const { exitCode, stderr, byFile } = await lint(['exits.flow.ts', 'good.json']);
    expect(exitCode).toBe(2);
    expectOneLine(stderr, /exits\.flow\.ts: cannot be loaded: it exited \(exit code 0\)/);
    expectGoodLinted(byFile);
  });

  it('refuses a time limit that is no number of seconds', async () => {
    vi.stubEnv('CONTACTFLOW_LOAD_TIMEOUT', 'soon');
    try {
      const { exitCode, stderr } = await lint(['good.flow.ts']);
      expect(exitCode).toBe(2);
      expectOneLine(stderr, /CONTACTFLOW_LOAD_TIMEOUT must be a number of seconds, not "soon"/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the executable, given a source that never finishes', () => {
  it('stops it, says so on one line, and still lints the others', async () => {
    const result = await runExecutable(['lint', 'spins.flow.ts', 'good.json'], dir, {
      CONTACTFLOW_LOAD_TIMEOUT: '2',
    });
    expect(result.exitCode).toBe(2);
    expectOneLine(result.stderr, /spins\.flow\.ts: did not finish loading within 2 seconds/);
  });
});

describe('build, given hostile sources among good ones', () => {
  it('reports each source it cannot load on a line of its own and builds the others', async () => {
    // Long enough for a source that does finish, on a busy machine too.
    vi.stubEnv('CONTACTFLOW_LOAD_TIMEOUT', '4');
    try {
      const out = at('out');
      const result = await runInProcess(
        [
          'build',
          'throws.flow.ts',
          'spins.flow.ts',
          'missing.flow.ts',
          'good.flow.ts',
          '--out-dir',
          out,
        ],
        dir,
      );
      expect(result.exitCode).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines.filter((line) => line.startsWith('contactflow: '))).toEqual([
        'contactflow: missing.flow.ts: no such file or directory',
        'contactflow: throws.flow.ts: cannot be loaded: the flow failed to build',
        'contactflow: spins.flow.ts: did not finish loading within 4 seconds and was stopped (CONTACTFLOW_LOAD_TIMEOUT sets the limit)',
      ]);
      expect(result.stderr).not.toMatch(stackFrame);
      expect(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8'))).toMatchObject({
        Version: '2019-10-30',
      });
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);

  it('compiles a source of 10,000 blocks and reports it too large', async () => {
    const result = await runInProcess(['build', 'many.flow.ts', '--out-dir', at('out-many')], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('too-many-actions');
    expect(result.stderr).toBe('');
  }, 90_000);
});

describe('graph, import and diff, given a hostile file', () => {
  const commands = (file: string) => [
    ['graph', file],
    ['graph', file, '--format', 'svg'],
    ['import', file],
    ['diff', file, 'good.json'],
  ];

  it.each([
    ['invalid.json', /invalid\.json:4:1: Invalid JSON: value expected\./],
    ['empty.json', /empty\.json:1:1: The file is empty/],
    ['huge.json', /huge\.json:1:1: The file is larger than/],
    ['deep.json', /deep\.json:1:1001: Brackets nest more than 1,000 levels/],
    ['latin1.json', /latin1\.json:3:12: The file is not UTF-8 text/],
    ['folder.json', /folder\.json: is a directory/],
    ['broken.json', /broken\.json: is a symbolic link to nothing/],
    ['missing.json', /missing\.json: no such file or directory/],
  ])('refuses %s on one line with exit code 2', async (file, message) => {
    for (const args of commands(file)) {
      const result = await runInProcess(args, dir);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expectOneLine(result.stderr, message);
    }
  });

  it('reads a file with a byte order mark', async () => {
    for (const args of commands('bom.json')) {
      const result = await runInProcess(args, dir);
      expect(result.exitCode, args.join(' ')).toBe(0);
    }
  });

  it('draws, imports and compares a flow of 10,000 actions', async () => {
    for (const args of [...commands('many.json'), ['diff', 'many.json', 'many.json']]) {
      const result = await runInProcess(args, dir);
      expect(result.stderr.match(/^contactflow: /gm) ?? [], args.join(' ')).toEqual([]);
      expect([0, 1], args.join(' ')).toContain(result.exitCode);
    }
  }, 300_000);

  it('stops a .flow.ts that never finishes, for graph and diff too', async () => {
    vi.stubEnv('CONTACTFLOW_LOAD_TIMEOUT', '2');
    try {
      for (const args of [
        ['graph', 'spins.flow.ts'],
        ['diff', 'spins.flow.ts', 'good.json'],
      ]) {
        const result = await runInProcess(args, dir);
        expect(result.exitCode).toBe(2);
        expectOneLine(result.stderr, /spins\.flow\.ts: did not finish loading within 2 seconds/);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('keys and identifiers named like object members', () => {
  const polluting = {
    Version: '2019-10-30',
    StartAction: '__proto__',
    Metadata: {
      type: 'contactFlow',
      ActionMetadata: {
        ['__proto__']: { polluted: 'metadata' },
        constructor: { prototype: { polluted: 1 } },
      },
    },
    Actions: [
      {
        Identifier: '__proto__',
        Type: 'UpdateContactAttributes',
        Parameters: {
          Attributes: { ['__proto__']: 'x', constructor: 'y', prototype: 'z', toString: 'w' },
          TargetContact: 'Current',
        },
        Transitions: {
          NextAction: 'constructor',
          Errors: [{ NextAction: 'prototype', ErrorType: 'NoMatchingError' }],
        },
      },
      {
        Identifier: 'constructor',
        Type: 'MessageParticipant',
        Parameters: { Text: 'Hi', ['__proto__']: { polluted: 'parameters' } },
        Transitions: {
          NextAction: 'prototype',
          Errors: [{ NextAction: 'prototype', ErrorType: 'NoMatchingError' }],
        },
      },
      { Identifier: 'prototype', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
  // Computed keys: a plain `__proto__:` in an object literal sets the prototype instead.
  const text = JSON.stringify(polluting);

  it('are read as keys by every command, and Object.prototype is left alone', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    writeFileSync(at('polluting.json'), text);
    const linted = await lint(['polluting.json']);
    expect(linted.exitCode).toBe(1);
    expect(linted.byFile.get('polluting.json')?.diagnostics.map((d) => d.code)).toContain(
      'illegal-identifier',
    );
    for (const args of [
      ['graph', 'polluting.json'],
      ['graph', 'polluting.json', '--format', 'html'],
      ['import', 'polluting.json'],
      ['diff', 'polluting.json', 'good.json'],
    ]) {
      const result = await runInProcess(args, dir);
      expect(result.stderr, args.join(' ')).not.toMatch(/internal error/);
      expect([0, 1], args.join(' ')).toContain(result.exitCode);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
  });
});

/** Runs the executable as user nobody, who may not read what root made unreadable. */
function runAsNobody(args: string[]) {
  const bin = resolve(repositoryRoot, 'packages/cli/bin/contactflow.js');
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: dir, uid: 65534, gid: 65534, env: { PATH: process.env['PATH'] ?? '' } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : 0;
        done({ exitCode: code, stdout, stderr });
      },
    );
  });
}
