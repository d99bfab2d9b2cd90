import { describe, expect, test } from 'vitest';
import { governmentServicesIvr } from '../../../examples/government-services-ivr.flow.js';
import { dtmf, fails, ok, simulate, timeout, type Scenario } from '../src/index.js';

// The caller is not calling on a holiday and has not called before, unless a test says otherwise.
const ordinaryDay = {
  channel: 'VOICE',
  system: { customerNumber: '+15555550123' },
  lambdas: {
    checkHoliday: ok({ isHoliday: 'false' }),
    getLastInteraction: ok({ returningCaller: 'false' }),
    storeInteraction: ok(),
  },
} satisfies Scenario;

const menuText = 'For Transportation and Motor Vehicles, press 1.';

describe('the government services IVR', () => {
  test('pressing 1 in hours reaches the transportation queue', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [dtmf('1')],
      queues: { 'Transportation and Motor Vehicles': { hours: 'open' } },
    });
    expect(run.outcome).toEqual({ kind: 'queue', queue: 'Transportation and Motor Vehicles' });
    expect(run.prompts.map((p) => p.text.slice(0, 47))).toEqual([
      'Thank you for calling the State Services Inform',
      menuText,
    ]);
  });

  test('the department Lambda is told the caller and the queue', () => {
    const calls: unknown[] = [];
    simulate(governmentServicesIvr, {
      ...ordinaryDay,
      lambdas: {
        ...ordinaryDay.lambdas,
        storeInteraction: (invocation) => {
          calls.push(invocation.parameters);
          return ok();
        },
      },
      inputs: [dtmf('2')],
      queues: { 'Employment and Labor': { hours: 'open' } },
    });
    expect(calls).toEqual([{ callerNumber: '+15555550123', department: 'Employment and Labor' }]);
  });

  test('a department out of hours plays the after-hours message and disconnects', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [dtmf('1')],
      queues: { 'Transportation and Motor Vehicles': { hours: 'closed' } },
    });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
    expect(run.prompts.at(-1)?.text).toMatch(/^This department is closed now/);
  });

  test('a holiday plays the closed message and disconnects', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      lambdas: { ...ordinaryDay.lambdas, checkHoliday: ok({ isHoliday: 'true' }) },
    });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
    expect(run.prompts.map((p) => p.text)).toEqual([
      'Our offices are closed today for a state holiday. Please call again on the next business day.',
    ]);
    expect(run.trace.map((step) => step.type)).toEqual([
      'UpdateContactTextToSpeechVoice',
      'UpdateFlowLoggingBehavior',
      'UpdateContactRecordingBehavior',
      'InvokeLambdaFunction',
      'Compare',
      'MessageParticipant',
      'DisconnectParticipant',
    ]);
  });

  test('timeouts replay the menu twice, then the third one ends in the goodbye path', () => {
    const two = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [timeout(), timeout()],
    });
    expect(two.outcome).toMatchObject({ kind: 'waiting', for: 'input' });
    expect(two.prompts.filter((p) => p.text.startsWith(menuText))).toHaveLength(3);

    const three = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [timeout(), timeout(), timeout()],
    });
    expect(three.outcome).toEqual({ kind: 'disconnected' });
    expect(three.prompts.at(-1)?.text).toBe('We did not receive a valid selection. Goodbye.');
    const loops = three.trace.filter((step) => step.type === 'Loop').map((step) => step.branch);
    expect(loops).toEqual([
      'Equals "ContinueLooping"',
      'Equals "ContinueLooping"',
      'Equals "DoneLooping"',
    ]);
  });

  test('a wrong key counts like a timeout, and 0 replays the menu without counting', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [dtmf('9'), dtmf('0'), dtmf('0'), timeout(), timeout()],
    });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
  });

  test('a failing holiday Lambda takes the error path and the call goes on', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      lambdas: { ...ordinaryDay.lambdas, checkHoliday: fails('calendar service unavailable') },
      inputs: [dtmf('8')],
      queues: { 'General Assistance': { hours: 'open' } },
    });
    const holidayCheck = run.trace.find((step) => step.type === 'InvokeLambdaFunction')!;
    expect(holidayCheck.branch).toBe('Error NoMatchingError');
    expect(holidayCheck.notes).toContain(
      'Lambda checkHoliday failed: calendar service unavailable',
    );
    expect(
      run.trace.some((step) => step.type === 'Compare' && step.action.includes('76f09c8a')),
    ).toBe(false);
    expect(run.outcome).toEqual({ kind: 'queue', queue: 'General Assistance' });
  });

  test('returning callers are welcomed back', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      lambdas: { ...ordinaryDay.lambdas, getLastInteraction: ok({ returningCaller: 'true' }) },
    });
    expect(run.prompts[0]?.text).toMatch(/^Welcome back/);
    expect(run.outcome).toMatchObject({ kind: 'waiting', for: 'input' });
  });

  test('a full queue plays the technical difficulty message', () => {
    const run = simulate(governmentServicesIvr, {
      ...ordinaryDay,
      inputs: [dtmf('3')],
      queues: { 'Health, Social Services and Welfare': { hours: 'open', atCapacity: true } },
    });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
    expect(run.trace.find((s) => s.type === 'TransferContactToQueue')?.branch).toBe(
      'Error QueueAtCapacity',
    );
  });
});
