import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as validator from '@contactflow/validator';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configurableIds } from '../src/config/config-schema.js';
import { runInProcess } from './run-cli.js';

// The real validator, watched: the tests read the options each file was validated with.
vi.mock('@contactflow/validator', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@contactflow/validator')>();
  return { ...actual, validateText: vi.fn(actual.validateText) };
});
const validateText = vi.mocked(validator.validateText);

const project = resolve(import.meta.dirname, 'fixtures/project');
const configs = resolve(import.meta.dirname, 'fixtures/configs');

interface JsonResult {
  filePath: string;
  diagnostics: { code: string; severity: string; pointer: string; line: number }[];
}

async function lintJson(args: string[], cwd = project) {
  const result = await runInProcess(['lint', '--format', 'json', ...args], cwd);
  expect(result.stderr).toBe('');
  const files = JSON.parse(result.stdout) as JsonResult[];
  return {
    exitCode: result.exitCode,
    found: Object.fromEntries(
      files.map(({ filePath, diagnostics }) => [
        filePath,
        diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`),
      ]),
    ),
  };
}

const optionsByFile = () =>
  Object.fromEntries(
    validateText.mock.calls.map(([, options]) => {
      const { fileName, ...rest } = options ?? {};
      return [fileName, rest];
    }),
  );

beforeEach(() => validateText.mockClear());

describe('lint with contactflow.config.json', () => {
  it('skips ignored files, applies severities by code and exits on the errors left', async () => {
    expect(await lintJson(['.'])).toEqual({
      exitCode: 1,
      found: {
        'exports/queue-flow.json': ['info unknown-action-type /Actions/0/Type'],
        'flows/main.json': [
          'info flow-type-unknown ',
          'warning invalid-parameters /Actions/1/Parameters/Reason',
        ],
        'flows/queue/music.json': ['error invalid-parameters /Actions/1/Parameters/Reason'],
      },
    });
  });

  it('passes the flow type and channels of each file to the validator', async () => {
    await lintJson(['.']);
    expect(optionsByFile()).toEqual({
      'exports/queue-flow.json': {},
      'flows/main.json': {},
      'flows/queue/music.json': { defaultFlowType: 'CUSTOMER_QUEUE', channels: ['VOICE'] },
    });
  });

  it('lets --flow-type and --channels win for every file', async () => {
    await lintJson(['.', '--flow-type', 'CONTACT_FLOW', '--channels', 'CHAT,TASK']);
    const expected = { flowType: 'CONTACT_FLOW', channels: ['CHAT', 'TASK'] };
    expect(optionsByFile()).toEqual({
      'exports/queue-flow.json': expected,
      'flows/main.json': expected,
      'flows/queue/music.json': { ...expected, defaultFlowType: 'CUSTOMER_QUEUE' },
    });
  });

  it('skips an ignored file even when it is named', async () => {
    expect(await lintJson(['flows/templates/skeleton.json'])).toEqual({ exitCode: 0, found: {} });
  });

  it('exits 0 when the configuration turns the errors into warnings', async () => {
    expect((await lintJson(['flows/main.json'])).exitCode).toBe(0);
  });

  it('reads --config relative to the working directory, patterns relative to the file', async () => {
    const { found } = await lintJson(
      ['--config', 'project/contactflow.config.json', 'project/flows'],
      resolve(project, '..'),
    );
    expect(found).toEqual({
      'project/flows/main.json': [
        'info flow-type-unknown ',
        'warning invalid-parameters /Actions/1/Parameters/Reason',
      ],
      'project/flows/queue/music.json': ['error invalid-parameters /Actions/1/Parameters/Reason'],
    });
  });

  it('lints with the defaults without a configuration', async () => {
    const { found } = await lintJson(['project/flows/main.json'], resolve(project, '..'));
    expect(found).toEqual({
      'project/flows/main.json': [
        'info flow-type-unknown ',
        'error invalid-parameters /Actions/1/Parameters/Reason',
        'warning unreachable-action /Actions/2',
      ],
    });
  });
});

describe('a bad configuration', () => {
  const known = configurableIds().join(', ');
  const cases: Record<string, string> = {
    'array.json': 'the configuration is []; expected object',
    'bad-channel.json':
      '/overrides/0/channels/1 is "PHONE"; expected one of VOICE, CHAT, TASK, EMAIL',
    'bad-flow-type.json':
      '/overrides/0/flowType is "QUEUE"; expected one of CONTACT_FLOW, CUSTOMER_QUEUE, CUSTOMER_HOLD, CUSTOMER_WHISPER, AGENT_HOLD, AGENT_WHISPER, OUTBOUND_WHISPER, AGENT_TRANSFER, QUEUE_TRANSFER, CAMPAIGN, FLOW_MODULE',
    'bad-severity.json':
      '/rules/unreachable-action is "warn"; expected one of off, error, warning, info',
    'empty.json': 'the file is empty',
    'ignores-not-a-list.json': '/ignores is "templates"; expected array',
    'not-json.json': 'invalid JSON: property name expected',
    'override-empty-files.json': '/overrides/0/files must not be empty',
    'override-unknown-property.json':
      'unknown property "flowtype" in /overrides/0; expected files, flowType, channels, rules',
    'override-unknown-rule.json': `unknown rule "unreachable" in /overrides/0/rules; known rules: ${known}`,
    'override-without-files.json': '/overrides/0 needs "files"',
    'repeated-channel.json': '/overrides/0/channels names "VOICE" twice',
    'unknown-property.json':
      'unknown property "rule" in the configuration; expected $schema, rules, overrides, ignores, placeholders',
    'unknown-rule.json': `unknown rule "no-such-rule" in /rules; known rules: ${known}`,
  };

  it('has a case for every fixture', () => {
    expect(readdirSync(configs).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))(
    '%s exits 2 with one line naming the file',
    async (file, problem) => {
      const result = await runInProcess(
        ['lint', '--config', `configs/${file}`, 'project/flows'],
        resolve(configs, '..'),
      );
      const where = file === 'not-json.json' ? `configs/${file}:3:1` : `configs/${file}`;
      expect(result).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: `contactflow: ${where}: ${problem}\n`,
      });
    },
  );

  it.each([
    [['--config', 'missing.json'], 'contactflow: missing.json: no such file or directory\n'],
    [
      ['--flow-type', 'QUEUE'],
      expect.stringMatching(
        /^contactflow: unknown flow type "QUEUE"; expected one of CONTACT_FLOW, .*\n$/,
      ),
    ],
    [
      ['--channels', 'VOICE,SMS'],
      'contactflow: unknown channel "SMS"; expected VOICE, CHAT, TASK, EMAIL\n',
    ],
  ])('and bad options %j exit 2', async (args, stderr) => {
    const result = await runInProcess(['lint', ...args, 'flows'], project);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr });
  });
});

describe('lint on an exported flow', () => {
  it('reports the inner pointer at a place inside the Content string', async () => {
    const result = await runInProcess(
      ['lint', '--format', 'json', 'exports/queue-flow.json'],
      project,
    );
    const [entry] = JSON.parse(result.stdout) as JsonResult[];
    expect(entry?.diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-action-type', pointer: '/Actions/0/Type', line: 6 }),
    ]);
    expect((entry?.diagnostics[0] as { column?: number } | undefined)?.column).toBeGreaterThan(100);
  });
});
