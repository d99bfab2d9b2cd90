import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-cli.js';

const templates = resolve(import.meta.dirname, 'fixtures/templates');
const config = (name: string) =>
  resolve(import.meta.dirname, `fixtures/template-configs/${name}.config.json`);
const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

interface JsonResult {
  filePath: string;
  diagnostics: { code: string; severity: string; pointer: string }[];
}

async function lintJson(args: string[]) {
  const result = await runInProcess(['lint', '--format', 'json', ...args], templates);
  expect(result.stderr).toBe('');
  const [file] = JSON.parse(result.stdout) as JsonResult[];
  return {
    exitCode: result.exitCode,
    found: file!.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`),
  };
}

describe('lint on flow templates', () => {
  it('accepts placeholders of every preset when the configuration names none', async () => {
    expect(await lintJson(['inbound.json'])).toEqual({
      exitCode: 0,
      found: [
        'warning placeholder-in-static-parameter /Actions/2/Parameters/InvocationTimeLimitSeconds',
      ],
    });
  });

  it('takes a custom syntax from the configuration', async () => {
    expect((await lintJson(['at-signs.json'])).found).toContain(
      'error invalid-parameters /Actions/0/Parameters/LanguageCode',
    );
    expect(await lintJson(['at-signs.json', '--config', config('at-signs')])).toEqual({
      exitCode: 0,
      found: [
        'warning placeholder-in-static-parameter /Actions/2/Parameters/InvocationTimeLimitSeconds',
      ],
    });
  });

  it('recognises no placeholder when the configuration lists none', async () => {
    const { exitCode, found } = await lintJson(['inbound.json', '--config', config('final-flows')]);
    expect(exitCode).toBe(1);
    expect(found).toContain('error invalid-parameters /Actions/0/Parameters/LanguageCode');
    expect(found).toContain(
      'error invalid-parameters /Actions/2/Parameters/InvocationTimeLimitSeconds',
    );
    expect(found.some((line) => line.includes('placeholder-in-static-parameter'))).toBe(false);
  });
});

describe('lint --list-placeholders', () => {
  it('lists the placeholders of the files by name, with where each is used', async () => {
    const result = await runInProcess(['lint', '.', '--list-placeholders'], templates);
    expect(result).toEqual({
      exitCode: 0,
      stdout: golden('templates.placeholders.txt'),
      stderr: '',
    });
  });

  it('writes them as JSON with --format json', async () => {
    const result = await runInProcess(
      ['lint', 'inbound.json', '--list-placeholders', '--format', 'json'],
      templates,
    );
    expect(result.exitCode).toBe(0);
    const entries = JSON.parse(result.stdout) as {
      name: string;
      syntaxes: string[];
      kinds: string[];
      uses: { file: string; line: number; column: number; parameter: string | null }[];
    }[];
    expect(entries.map(({ name, syntaxes, kinds }) => ({ name, syntaxes, kinds }))).toEqual([
      { name: 'LangCode', syntaxes: ['percent'], kinds: ['language code'] },
      { name: 'customer_name', syntaxes: ['handlebars'], kinds: ['text'] },
      { name: 'lambda_arn', syntaxes: ['terraform'], kinds: ['Lambda function ARN'] },
      { name: 'lambda_timeout', syntaxes: ['terraform'], kinds: ['number'] },
      {
        name: 'support_queue_arn',
        syntaxes: ['terraform'],
        kinds: ['designer metadata', 'queue ARN'],
      },
    ]);
    expect(entries.at(-1)!.uses).toEqual([
      {
        file: 'inbound.json',
        line: 9,
        column: 11,
        pointer: '/Metadata/ActionMetadata/queue/queue/id',
        parameter: null,
        actionId: null,
        syntax: 'terraform',
        text: '${support_queue_arn}',
        kind: 'designer metadata',
      },
      {
        file: 'inbound.json',
        line: 68,
        column: 9,
        pointer: '/Actions/3/Parameters/QueueId',
        parameter: 'QueueId',
        actionId: 'queue',
        syntax: 'terraform',
        text: '${support_queue_arn}',
        kind: 'queue ARN',
      },
    ]);
  });

  it('uses the syntaxes of the configuration', async () => {
    const custom = await runInProcess(
      [
        'lint',
        'at-signs.json',
        '--list-placeholders',
        '--format',
        'json',
        '--config',
        config('at-signs'),
      ],
      templates,
    );
    expect((JSON.parse(custom.stdout) as { name: string }[]).map((entry) => entry.name)).toEqual([
      'LangCode',
      'SupportQueueArn',
      'lambda_arn',
      'lambda_timeout',
    ]);
    const none = await runInProcess(
      ['lint', '.', '--list-placeholders', '--config', config('final-flows')],
      templates,
    );
    expect(none).toEqual({ exitCode: 0, stdout: 'No placeholders in 2 files.\n', stderr: '' });
  });

  it('says in one line which file cannot be read or parsed, lists the others, and exits with 2', async () => {
    const result = await runInProcess(
      ['lint', 'inbound.json', '../not-json.json', 'missing.json', '--list-placeholders'],
      templates,
    );
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('support_queue_arn');
    const lines = result.stderr.trim().split('\n').sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^contactflow: .*not-json\.json:\d+:\d+: Invalid JSON/);
    expect(lines[1]).toMatch(/^contactflow: missing\.json: /);
  });

  it('refuses a format other than text and JSON', async () => {
    const result = await runInProcess(
      ['lint', '.', '--list-placeholders', '--format', 'sarif'],
      templates,
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'contactflow: --list-placeholders writes text (the default) or --format json, not "sarif"\n',
    );
  });
});
