import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { checkCodes, rules } from '@contactflow/validator';
import type { Diagnostic } from '@contactflow/validator';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/formatters/file-result.js';
import { escapeData, escapeProperty, formatGithub } from '../src/formatters/github.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { repositoryRoot, runInProcess } from './run-cli.js';

const fixture = (name: string) => `packages/cli/test/fixtures/${name}`;
const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');

// The SARIF 2.1.0 schema as published on SchemaStore (a draft-04 schema), shipped in this package.
const schemaFile = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
);
// The schema's pattern for language tags is not a valid Unicode-mode regular expression.
const ajv = new ajvDraft04.default({ allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

function expectValidSarif(text: string): SarifLog {
  const log: unknown = JSON.parse(text);
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log as SarifLog;
}

interface SarifLog {
  runs: {
    tool: {
      driver: {
        version: string;
        rules: {
          id: string;
          helpUri: string;
          shortDescription: { text: string };
          defaultConfiguration?: { level: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region?: { startLine: number; startColumn?: number };
        };
      }[];
      properties: { pointer: string; actionId?: string };
    }[];
  }[];
}

const diagnostic = (fields: Partial<Diagnostic>): Diagnostic => ({
  code: 'invalid-document',
  severity: 'error',
  message: 'Something is wrong.',
  pointer: '',
  ...fields,
});

/** Results that reach the corners: no position, a line only, odd file names, every severity. */
const unusual: FileResult[] = [
  {
    file: 'flows/with space#1.json',
    diagnostics: [
      diagnostic({ code: 'parse-error', message: 'The file is empty.' }),
      diagnostic({ code: 'flow-type-unknown', severity: 'info', line: 3 }),
      diagnostic({
        code: 'unreachable-action',
        severity: 'warning',
        pointer: '/Actions/2',
        actionId: 'a,b:c',
        line: 40,
        column: 5,
        hint: 'Connect a branch to it.',
      }),
    ],
  },
  { file: '/elsewhere/flow.json', diagnostics: [diagnostic({ line: 1, column: 1 })] },
  { file: 'clean.json', diagnostics: [] },
];

describe('contactflow lint --format sarif', () => {
  it('writes SARIF matching the golden file', async () => {
    const result = await runInProcess(['lint', '--format', 'sarif', fixture('defects.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(golden('defects.sarif.txt'));
  });

  it.each([['defects.json'], ['not-json.json'], ['empty.json']])(
    'is valid against the SARIF 2.1.0 schema for %s',
    async (name) => {
      expectValidSarif((await runInProcess(['lint', '--format', 'sarif', fixture(name)])).stdout);
    },
  );

  it('is valid with no results at all', async () => {
    const result = await runInProcess(['lint', '--format', 'sarif', 'examples/flows']);
    expect(result.exitCode).toBe(0);
    const log = expectValidSarif(result.stdout);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([]);
  });

  it('is valid for unusual paths, missing positions and every severity', () => {
    const log = expectValidSarif(formatSarif(unusual));
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => r.level)).toEqual(['error', 'note', 'warning', 'error']);
    expect(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      'flows/with%20space%231.json',
      'flows/with%20space%231.json',
      'flows/with%20space%231.json',
      'file:///elsewhere/flow.json',
    ]);
    expect(results.map((r) => r.locations[0]?.physicalLocation.region)).toEqual([
      undefined,
      { startLine: 3 },
      { startLine: 40, startColumn: 5 },
      { startLine: 1, startColumn: 1 },
    ]);
    expect(results[2]?.properties).toEqual({
      pointer: '/Actions/2',
      actionId: 'a,b:c',
      hint: 'Connect a branch to it.',
    });
  });

  it('names the version of the cli package and indexes its rules', () => {
    const log = expectValidSarif(formatSarif(unusual));
    const manifest = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'),
    ) as { version: string };
    const run = log.runs[0];
    expect(run?.tool.driver.version).toBe(manifest.version);
    for (const r of run?.results ?? []) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    }
  });

  it('describes every code the validator reports and links an existing docs page', () => {
    const codes = [
      ...rules.map((rule) => rule.meta.id),
      ...checkCodes,
      'parse-error',
      'internal-error',
    ];
    const log = expectValidSarif(
      formatSarif([
        { file: 'flow.json', diagnostics: codes.map((code) => diagnostic({ code, line: 1 })) },
      ]),
    );
    const descriptors = log.runs[0]?.tool.driver.rules ?? [];
    expect(descriptors.map((d) => d.id)).toEqual([...codes].sort());
    const prefix = 'https://github.com/contactflow/contactflow/blob/main/';
    for (const d of descriptors) {
      expect(d.shortDescription.text).not.toBe(d.id);
      expect(d.defaultConfiguration).toBeDefined();
      const isRule = rules.some((rule) => rule.meta.id === d.id);
      expect(d.helpUri).toBe(`${prefix}docs/rules/${isRule ? `${d.id}.md` : 'README.md'}`);
      expect(existsSync(resolve(repositoryRoot, d.helpUri.slice(prefix.length)))).toBe(true);
    }
  });
});

describe('contactflow lint --format github', () => {
  it('writes workflow commands matching the golden file', async () => {
    const result = await runInProcess(['lint', '--format', 'github', fixture('defects.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(golden('defects.github.txt'));
  });

  it('writes nothing when there are no problems', async () => {
    expect((await runInProcess(['lint', '--format', 'github', 'examples/flows'])).stdout).toBe('');
  });

  it('escapes data and properties as GitHub requires', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('maps severities, leaves out unknown positions and escapes each part', () => {
    expect(formatGithub(unusual)).toBe(
      [
        '::error file=flows/with space#1.json,title=parse-error::The file is empty.',
        '::notice file=flows/with space#1.json,line=3,title=flow-type-unknown::Something is wrong.',
        '::warning file=flows/with space#1.json,line=40,col=5,title=unreachable-action::' +
          'Something is wrong. [a,b:c]%0Ahint: Connect a branch to it.',
        '::error file=/elsewhere/flow.json,line=1,col=1,title=invalid-document::Something is wrong.',
        '',
      ].join('\n'),
    );
    expect(
      formatGithub([
        {
          file: 'a:b,c.json',
          diagnostics: [diagnostic({ message: '50%\nof it', line: 2, column: 3 })],
        },
      ]),
    ).toBe('::error file=a%3Ab%2Cc.json,line=2,col=3,title=invalid-document::50%25%0Aof it\n');
  });
});
