import { describe, expect, test } from 'vitest';
import { agentWhisper } from '../../../examples/agent-whisper.flow.js';
import { customerQueue } from '../../../examples/customer-queue.flow.js';
import { lexSelfService } from '../../../examples/lex-self-service.flow.js';
import { outboundWhisper } from '../../../examples/outbound-whisper.flow.js';
import { payByPhone } from '../../../examples/pay-by-phone.flow.js';
import { paymentModule } from '../../../examples/payment-module.flow.js';
import { dtmf, fails, lexIntent, ok, simulate, timeout, type Scenario } from '../src/index.js';

describe('the customer queue flow', () => {
  const waiting = {
    channel: 'VOICE',
    queue: 'Customer Service',
    system: { customerNumber: '+15555550123' },
    queues: { 'Customer Service': { metrics: { contactsInQueue: 4, oldestContactAge: 95 } } },
  } satisfies Scenario;

  test('announces the place in line, plays hold messages, and offers a callback', () => {
    const run = simulate(customerQueue, waiting);
    expect(run.prompts.map((p) => p.text)).toEqual([
      'There are 4 callers ahead of you. The longest wait right now is 95 seconds.',
      'Thank you for your patience. Your call is important to us.',
      'Hold music',
      'To be called back when an agent is free, without losing your place, press 1. Or stay on the line.',
    ]);
    expect(run.prompts[2]?.kind).toBe('prompt');
    expect(run.outcome).toMatchObject({ kind: 'waiting', for: 'input' });
  });

  test('pressing 1 queues a callback to the caller and says goodbye', () => {
    const run = simulate(customerQueue, { ...waiting, inputs: [dtmf('1')] });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
    const callback = run.trace.find((step) => step.type === 'CreateCallbackContact')!;
    expect(callback.notes).toEqual(['callback to +15555550123 queued in Customer Service']);
    expect(run.prompts.at(-1)?.text).toBe(
      'Thank you. An agent will call you back at this number. Goodbye.',
    );
  });

  test('a caller whose number cannot be called back goes back to hold', () => {
    const run = simulate(customerQueue, {
      ...waiting,
      system: { customerNumber: 'anonymous' },
      inputs: [dtmf('1')],
    });
    const setNumber = run.trace.find((step) => step.type === 'UpdateContactCallbackNumber')!;
    expect(setNumber.branch).toBe('Error InvalidCallbackNumber');
    expect(run.prompts.map((p) => p.text)).toContain(
      'Sorry, we could not set up a callback to your number. Please stay on the line.',
    );
  });

  test('staying on the line reads the metrics again', () => {
    const run = simulate(customerQueue, { ...waiting, inputs: [timeout()] });
    expect(run.trace.filter((step) => step.type === 'GetMetricData')).toHaveLength(2);
  });

  test('without metrics for the working queue the announcement is left blank', () => {
    const run = simulate(customerQueue, { ...waiting, queues: {} });
    expect(run.prompts[0]?.text).toBe(
      'There are  callers ahead of you. The longest wait right now is  seconds.',
    );
  });

  test('on chat the hold prompts take their Error branch', () => {
    const run = simulate(customerQueue, { ...waiting, channel: 'CHAT' });
    expect(run.trace.find((step) => step.type === 'MessageParticipantIteratively')?.branch).toBe(
      'Error NoMatchingError',
    );
    expect(run.outcome).toEqual({ kind: 'disconnected' });
  });
});

describe('the Lex self-service flow', () => {
  const bank = {
    channel: 'VOICE',
    lambdas: { getBalance: ok({ balance: '5.00' }) },
  } satisfies Scenario;

  test('reads out the balance the Lambda function returns', () => {
    const run = simulate(lexSelfService, {
      ...bank,
      inputs: [lexIntent('CheckBalance', { AccountNumber: '1234' })],
    });
    expect(run.outcome).toEqual({ kind: 'disconnected' });
    expect(run.prompts.at(-1)?.text).toBe('The balance of account 1234 is 5.00. Goodbye.');
  });

  test('asking for an agent queues the contact with the intent attached', () => {
    const run = simulate(lexSelfService, {
      ...bank,
      inputs: [lexIntent('TalkToAgent', { AccountNumber: '1234' })],
    });
    expect(run.outcome).toEqual({ kind: 'queue', queue: 'Customer Service' });
    expect(run.attributes).toEqual({ accountNumber: '1234', intent: 'TalkToAgent' });
  });

  test('an intent the flow does not handle goes to an agent', () => {
    const run = simulate(lexSelfService, { ...bank, inputs: [lexIntent('FallbackIntent')] });
    expect(run.trace[0]?.branch).toBe('Error NoMatchingCondition');
    expect(run.outcome).toEqual({ kind: 'queue', queue: 'Customer Service' });
    expect(run.attributes).toEqual({ accountNumber: '', intent: 'FallbackIntent' });
  });

  test('a failing balance Lambda goes to an agent', () => {
    const run = simulate(lexSelfService, {
      ...bank,
      lambdas: { getBalance: fails() },
      inputs: [lexIntent('CheckBalance', { AccountNumber: '1234' })],
    });
    expect(run.outcome).toEqual({ kind: 'queue', queue: 'Customer Service' });
  });

  test('works the same on chat', () => {
    const run = simulate(lexSelfService, {
      ...bank,
      channel: 'CHAT',
      inputs: [lexIntent('CheckBalance', { AccountNumber: '99' })],
    });
    expect(run.prompts.at(-1)?.text).toBe('The balance of account 99 is 5.00. Goodbye.');
  });
});

describe('pay by phone and its module', () => {
  test('the module charges the amount and the flow reads the receipt', () => {
    const charges: unknown[] = [];
    const run = simulate(payByPhone, {
      system: { customerNumber: '+15555550123' },
      modules: [paymentModule],
      lambdas: {
        takePayment: (invocation) => {
          charges.push(invocation.parameters);
          return ok({ receipt: 'R-1001' });
        },
      },
    });
    expect(charges).toEqual([{ amount: '25.00', callerNumber: '+15555550123' }]);
    expect(run.prompts.map((p) => p.text)).toEqual(['Thank you. Your receipt number is R-1001.']);
    expect(run.trace.map((step) => step.flow)).toEqual([
      'Pay by phone',
      'Pay by phone',
      'Pay by phone',
      'Take payment',
      'Take payment',
      'Take payment',
      'Pay by phone',
      'Pay by phone',
      'Pay by phone',
    ]);
    const invoke = run.trace.find((step) => step.type === 'InvokeFlowModule')!;
    expect(invoke.branch).toBe('NextAction');
    expect(run.outcome).toEqual({ kind: 'disconnected' });
  });

  test('a declined payment leaves the receipt empty and plays the failure', () => {
    const run = simulate(payByPhone, {
      modules: { 'Take payment': paymentModule },
      lambdas: { takePayment: fails('card declined') },
    });
    expect(run.attributes.receipt).toBe('');
    expect(run.prompts.map((p) => p.text)).toEqual([
      'Sorry, we could not take your payment. Goodbye.',
    ]);
  });

  test('the module runs on its own and returns', () => {
    const run = simulate(paymentModule, {
      attributes: { amount: '10' },
      lambdas: { takePayment: ok({ receipt: 'R-7' }) },
    });
    expect(run.outcome).toEqual({ kind: 'returned' });
    expect(run.attributes).toEqual({ amount: '10', receipt: 'R-7' });
  });
});

describe('the whisper flows', () => {
  test('the agent hears who calls and why, and the flow ends', () => {
    const run = simulate(agentWhisper, {
      queue: 'Customer Service',
      system: { customerNumber: '+15555550123' },
      attributes: { intent: 'payment' },
    });
    expect(run.prompts.map((p) => p.text)).toEqual([
      'Caller +15555550123 from the Customer Service queue, about payment.',
    ]);
    expect(run.outcome).toEqual({ kind: 'ended' });
  });

  test('the outbound whisper plays its notice', () => {
    const run = simulate(outboundWhisper, {});
    expect(run.outcome).toEqual({ kind: 'ended' });
    expect(run.prompts).toHaveLength(1);
  });
});
