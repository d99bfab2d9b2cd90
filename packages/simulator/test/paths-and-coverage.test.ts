import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { governmentServicesIvr } from '../../../examples/government-services-ivr.flow.js';
import { lexSelfService } from '../../../examples/lex-self-service.flow.js';
import {
  branchCoverage,
  dtmf,
  enumeratePaths,
  fails,
  lexIntent,
  ok,
  simulate,
  timeout,
  type FlowPath,
} from '../src/index.js';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');

const describePath = (path: FlowPath) =>
  [...path.steps.map((step) => `${step.type} ${step.branch}`), `-> ${path.end.kind}`].join(' / ');

describe('path enumeration', () => {
  test('lists every path of a small flow with the conditions along it', () => {
    const { paths, truncated } = enumeratePaths(fixture('holiday-check.json'));
    expect(truncated).toBe(false);
    expect(paths.map(describePath)).toEqual([
      'InvokeLambdaFunction NextAction / Compare Equals "true" / MessageParticipant NextAction / DisconnectParticipant End / -> disconnected',
      'InvokeLambdaFunction NextAction / Compare Equals "true" / MessageParticipant Error NoMatchingError / DisconnectParticipant End / -> disconnected',
      'InvokeLambdaFunction NextAction / Compare Error NoMatchingCondition / UpdateContactTargetQueue NextAction / TransferContactToQueue End / -> queue',
      'InvokeLambdaFunction NextAction / Compare Error NoMatchingCondition / UpdateContactTargetQueue NextAction / TransferContactToQueue Error QueueAtCapacity / DisconnectParticipant End / -> disconnected',
      'InvokeLambdaFunction NextAction / Compare Error NoMatchingCondition / UpdateContactTargetQueue NextAction / TransferContactToQueue Error NoMatchingError / DisconnectParticipant End / -> disconnected',
      'InvokeLambdaFunction Error NoMatchingError / UpdateContactTargetQueue NextAction / TransferContactToQueue End / -> queue',
      'InvokeLambdaFunction Error NoMatchingError / UpdateContactTargetQueue NextAction / TransferContactToQueue Error QueueAtCapacity / DisconnectParticipant End / -> disconnected',
      'InvokeLambdaFunction Error NoMatchingError / UpdateContactTargetQueue NextAction / TransferContactToQueue Error NoMatchingError / DisconnectParticipant End / -> disconnected',
    ]);
    expect(paths[0]?.steps[1]?.when).toBe('$.External.isHoliday Equals "true"');
    expect(paths[2]?.steps[1]?.when).toBe('no condition on $.External.isHoliday holds');
    expect(paths[2]?.end).toEqual({ kind: 'queue', action: 'transfer' });
  });

  test('a branch back to an action already on the path ends it as a loop', () => {
    const { paths } = enumeratePaths(governmentServicesIvr);
    const loops = paths.filter((path) => path.end.kind === 'loop');
    expect(loops.length).toBeGreaterThan(0);
    for (const path of loops) {
      expect(path.steps.map((step) => step.action)).toContain(path.end.target);
    }
  });

  test('covers the government IVR: every department can be reached in hours', () => {
    const { paths, truncated } = enumeratePaths(governmentServicesIvr);
    expect(truncated).toBe(false);
    expect(paths).toHaveLength(4060);
    const queued = paths.filter((path) => path.end.kind === 'queue');
    const keys = new Set(
      queued.map((path) => path.steps.find((step) => step.type === 'GetParticipantInput')?.branch),
    );
    expect([...keys].sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8'].map((k) => `Equals "${k}"`),
    );
    // The Loop reaches its Complete branch only through its DoneLooping condition.
    const loopBranches = new Set(
      paths.flatMap((path) => path.steps.filter((s) => s.type === 'Loop').map((s) => s.branch)),
    );
    expect([...loopBranches].sort()).toEqual(['Equals "ContinueLooping"', 'Equals "DoneLooping"']);
  });

  test('stops at the limit and says so', () => {
    const { paths, truncated } = enumeratePaths(governmentServicesIvr, { limit: 100 });
    expect(paths).toHaveLength(100);
    expect(truncated).toBe(true);
  });

  test('gives the same paths on every call', () => {
    expect(enumeratePaths(lexSelfService)).toEqual(enumeratePaths(lexSelfService));
  });
});

describe('branch coverage', () => {
  test('lists the branches no scenario took', () => {
    const flow = fixture('holiday-check.json');
    const runs = [
      simulate(flow, {
        lambdas: {
          'arn:aws:lambda:us-east-1:111122223333:function:checkHoliday': ok({ isHoliday: 'true' }),
        },
      }),
      simulate(flow, { lambdas: { checkHoliday: fails() } }),
    ];
    const report = branchCoverage(flow, runs);
    expect(report.total).toBe(11);
    // set-queue has no Error branch in the document, so it has none to cover.
    expect(report.covered).toBe(7);
    expect(report.untaken.map((b) => `${b.action} ${b.branch}`)).toEqual([
      'holiday Error NoMatchingCondition',
      'closed Error NoMatchingError',
      'transfer Error QueueAtCapacity',
      'transfer Error NoMatchingError',
    ]);
    expect(runs[1]?.outcome).toEqual({
      kind: 'queue',
      queue:
        'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
  });

  test('the IVR scenarios of the examples cover most of its branches', () => {
    const lambdas = {
      checkHoliday: ok({ isHoliday: 'false' }),
      getLastInteraction: ok({ returningCaller: 'false' }),
      storeInteraction: ok(),
    };
    const runs = [
      simulate(governmentServicesIvr, {
        lambdas,
        inputs: [dtmf('1')],
        queues: { '*': { hours: 'open' } },
      }),
      simulate(governmentServicesIvr, {
        lambdas: { ...lambdas, checkHoliday: ok({ isHoliday: 'true' }) },
      }),
      simulate(governmentServicesIvr, {
        lambdas,
        inputs: [timeout(), timeout(), timeout()],
      }),
    ];
    const report = branchCoverage(governmentServicesIvr, runs);
    expect(report.total).toBe(63);
    expect(report.covered).toBe(20);
    const keys = report.branches.filter((b) => b.type === 'GetParticipantInput' && b.taken > 0);
    expect(keys.map((b) => [b.branch, b.taken])).toEqual([
      ['Equals "1"', 1],
      ['Error InputTimeLimitExceeded', 3],
    ]);
  });

  test('counts only the steps of the flow it reports on', () => {
    const run = simulate(lexSelfService, {
      inputs: [lexIntent('TalkToAgent')],
    });
    const report = branchCoverage(lexSelfService, [run]);
    expect(report.covered).toBe(run.trace.length);
    expect(branchCoverage(governmentServicesIvr, [run]).covered).toBe(0);
  });
});

test('the coverage example of docs/testing-flows.md holds', () => {
  const lambdas = { '*': ok({ isHoliday: 'false', returningCaller: 'false' }) };
  const runs = ['1', '2', '3', '4', '5', '6', '7', '8', '0', '9'].map((key) =>
    simulate(governmentServicesIvr, {
      lambdas,
      inputs: [dtmf(key)],
      queues: { '*': { hours: 'open' } },
    }),
  );
  runs.push(simulate(governmentServicesIvr, { lambdas, inputs: [timeout()] }));
  const report = branchCoverage(governmentServicesIvr, runs);
  const menu = report.untaken.filter((branch) => branch.type === 'GetParticipantInput');
  expect(menu.map((branch) => branch.branch)).toEqual(['Error NoMatchingError']);
});
