import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';

const golden = (name: string) => readFileSync(resolve(import.meta.dirname, 'golden', name), 'utf8');
const fixtures = 'packages/cli/test/fixtures/scenarios';

describe('contactflow test on the examples', () => {
  it('passes every case and reports branch coverage (golden text)', async () => {
    const result = await runInProcess(['test', 'examples/scenarios']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(golden('test-examples.txt'));
  });

  it('prints the same through the executable', async () => {
    const result = await runExecutable(['test', 'examples/scenarios'], repositoryRoot, {
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(golden('test-examples.txt'));
  });

  it('marks cases with ✓ in colour on a terminal, and with PASS under NO_COLOR', async () => {
    const file = 'examples/scenarios/pay-by-phone.scenario.json';
    const terminal = await runInProcess(['test', file], repositoryRoot, { isTTY: true });
    expect(terminal.stdout).toContain('\u001b[');
    expect(stripVTControlCharacters(terminal.stdout)).toContain(
      '  ✓ the module charges the amount and the flow reads the receipt\n',
    );
    const noColor = await runInProcess(['test', file], repositoryRoot, {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).toContain(
      '  PASS the module charges the amount and the flow reads the receipt\n',
    );
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('gives tools the same as JSON', async () => {
    const result = await runInProcess(['test', 'examples/scenarios', '--format', 'json']);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as {
      summary: unknown;
      files: { file: string; cases: { name: string; passed: boolean; outcome: unknown }[] }[];
      coverage: { name: string; file: string; covered: number; total: number }[];
    };
    expect(report.summary).toEqual({ files: 4, cases: 21, passed: 21, failed: 0 });
    const ivr = report.files.find((file) => file.file.includes('government'))!;
    expect(ivr.cases[0]).toMatchObject({
      name: 'pressing 1 in hours reaches the transportation queue',
      passed: true,
      outcome: { kind: 'queue', queue: 'Transportation and Motor Vehicles' },
    });
    // The module is measured too: the pay-by-phone cases run it.
    expect(report.coverage.map((flow) => [flow.name, flow.file])).toEqual([
      ['Customer queue with callback', 'examples/customer-queue.flow.ts'],
      ['Government Services IVR', 'examples/government-services-ivr.flow.ts'],
      ['Lex self-service banking', 'examples/lex-self-service.flow.ts'],
      ['Pay by phone', 'examples/pay-by-phone.flow.ts'],
      ['Take payment', 'examples/payment-module.flow.ts'],
    ]);
  });
});

describe('contactflow test on failing cases', () => {
  it('reports each failure under its case, expected against actual, and exits with 1', async () => {
    const result = await runInProcess(['test', `${fixtures}/failing`]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(golden('test-failing.txt'));
  });

  it('names the action type that is not simulated', async () => {
    const result = await runInProcess(['test', `${fixtures}/failing`, '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      files: { cases: { name: string; error?: { code: string; message: string } }[] }[];
    };
    const cases = report.files[0]!.cases;
    const notRun = cases.find((entry) => entry.name.includes('does not run'));
    expect(notRun?.error).toMatchObject({
      code: 'not-simulated',
      message: expect.stringContaining('EvaluateDataTableValues is not simulated'),
    });
    expect(cases.find((entry) => entry.name === 'lacks a Lambda stub')?.error?.code).toBe(
      'scenario',
    );
  });

  it('measures one flow once, however many files run it', async () => {
    const result = await runInProcess([
      'test',
      `${fixtures}/passing`,
      `${fixtures}/failing`,
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout) as { coverage: { file: string; covered: number }[] };
    expect(report.coverage).toEqual([
      expect.objectContaining({ file: `${fixtures}/test-line.json`, covered: 11 }),
    ]);
  });
});

describe('contactflow test on scenario files that are not valid', () => {
  const invalid = `${fixtures}/invalid`;
  it.each([
    [
      'unknown-input.scenario.json',
      '6:37: /cases/0/inputs/1 has an unknown property "digits" (expected one of: dtmf, timeout, lex, text, view, event)',
    ],
    ['no-name.scenario.json', '3:13: /cases/0 has no "name"'],
    [
      'two-stubs.scenario.json',
      '6:20: /cases/0/lambdas/getBalance must have exactly one of: ok, fails, timesOut (it has ok, fails)',
    ],
    ['prompt-expectation.scenario.json', '6:31: /cases/0/expect/prompts/0 has no "contains"'],
    [
      'bad-outcome-kind.scenario.json',
      '3:58: /cases/0/expect/outcome/kind must be one of "disconnected", "queue", "agent", "phone-number", "flow", "ended", "returned", "waiting", "step-limit", "unconnected", not "queued"',
    ],
    ['same-name.scenario.json', '5:7: /cases/1 has the name of /cases/0: "welcome"'],
    ['not-an-object.scenario.json', '1:1: the file must be an object, not []'],
    ['trailing-comma.scenario.json', '5:3: Invalid JSON: value expected.'],
    ['missing-flow.scenario.json', `2:3: ${fixtures}/no-such-flow.json: no such file or directory`],
    [
      'not-a-flow.scenario.json',
      `2:3: ${invalid}/unknown-input.scenario.json: not a Flow-language document (it has no "Actions" list)`,
    ],
    [
      'two-flows.scenario.json',
      '2:3: packages/cli/test/fixtures/sources/two-flows.flow.ts exports 2 flows (closedForHolidays, longNotice); name one as ../../sources/two-flows.flow.ts#closedForHolidays',
    ],
    [
      'unquoted-key.scenario.yaml',
      '5:15: /cases/0/inputs/0/dtmf must be a string, not 1 (quote it)',
    ],
    ['bad-indent.scenario.yaml', '3:11: Nested mappings are not allowed in compact mappings'],
    [
      'module-missing.scenario.yaml',
      `4:14: ${fixtures}/payment.flow.ts: no such file or directory`,
    ],
  ])('%s: one line naming the file and the problem, exit code 2', async (file, problem) => {
    const result = await runInProcess(['test', `${invalid}/${file}`]);
    expect(result.stderr).toBe(`contactflow: ${invalid}/${file}:${problem}\n`);
    expect(result.stdout).toBe('');
    expect(result.exitCode).toBe(2);
  });

  it('still runs the valid files beside an invalid one', async () => {
    const result = await runInProcess([
      'test',
      `${fixtures}/passing`,
      `${invalid}/no-name.scenario.json`,
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('2 cases in 1 file: 2 passed');
    expect(result.stderr).toBe(
      `contactflow: ${invalid}/no-name.scenario.json:3:13: /cases/0 has no "name"\n`,
    );
  });
});

describe('contactflow test options', () => {
  it('fails flows below --coverage-min, naming them', async () => {
    const below = await runInProcess(['test', `${fixtures}/passing`, '--coverage-min', '50']);
    expect(below.exitCode).toBe(1);
    expect(below.stderr).toBe(
      `contactflow: branch coverage of Test line (${fixtures}/test-line.json) is 31.8%, below --coverage-min 50\n`,
    );
    const within = await runInProcess(['test', `${fixtures}/passing`, '--coverage-min', '30']);
    expect(within.exitCode).toBe(0);
  });

  it.each([
    [['--coverage-min', 'most'], '--coverage-min must be a percentage from 0 to 100, not "most"'],
    [['--format', 'tap'], 'unknown format "tap"; expected one of text, json'],
  ])('refuses %j', async (options, message) => {
    const result = await runInProcess(['test', `${fixtures}/passing`, ...options]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`contactflow: ${message}\n`);
  });

  it('says when a directory holds no scenario files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'contactflow-scenarios-'));
    writeFileSync(join(empty, 'flow.json'), '{}');
    const result = await runInProcess(['test'], empty);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'contactflow: no scenario files (*.scenario.json, *.scenario.yaml, *.scenario.yml) in .\n',
    );
  });
});
