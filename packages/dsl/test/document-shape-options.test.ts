import { describe, expect, test } from 'vitest';
import {
  attribute,
  flowRef,
  getCustomerInput,
  invokeLambda,
  lexBot,
  playPrompt,
  setContactAttributes,
  setCustomerQueueFlow,
  setDisconnectFlow,
  setEventFlow,
  setHoldFlow,
  setRecordingBehavior,
  setWhisperFlow,
  storeCustomerInput,
  type FlowNode,
} from '@contactflow/dsl';

// Options that write what real exports carry and the builders leave out by default: parameters
// older consoles left out or wrote differently, and settings of the console's newer checkboxes.
// The defaults stay what the console writes today.

const fn = 'arn:aws:lambda:us-east-1:111122223333:function:lookup';

/** The node's parameters as JSON, where `undefined` entries are left out as the compiler does. */
function written(node: FlowNode): unknown {
  return JSON.parse(JSON.stringify(node.parameters));
}

describe('invokeLambda', () => {
  test('writes ResponseValidation by default, and none with responseType: null', () => {
    expect(written(invokeLambda({ fn, timeoutSeconds: 3 }))).toEqual({
      LambdaFunctionARN: fn,
      InvocationTimeLimitSeconds: '3',
      ResponseValidation: { ResponseType: 'STRING_MAP' },
    });
    expect(written(invokeLambda({ fn, timeoutSeconds: 3, responseType: null }))).toEqual({
      LambdaFunctionARN: fn,
      InvocationTimeLimitSeconds: '3',
    });
  });

  test('writes InvocationType only when asynchronous is given', () => {
    const invocation = (asynchronous?: boolean) =>
      (
        invokeLambda({
          fn,
          timeoutSeconds: 3,
          ...(asynchronous !== undefined && { asynchronous }),
        }).parameters as Record<string, unknown>
      )['InvocationType'];
    expect(invocation()).toBeUndefined();
    expect(invocation(true)).toBe('ASYNCHRONOUS');
    expect(invocation(false)).toBe('SYNCHRONOUS');
  });
});

describe('setContactAttributes', () => {
  test('writes TargetContact Current by default, and none with target: null', () => {
    expect(written(setContactAttributes({ attributes: { tier: 'gold' } }))).toEqual({
      Attributes: { tier: 'gold' },
      TargetContact: 'Current',
    });
    const older = setContactAttributes({ target: null, attributes: { tier: 'gold' } });
    expect(written(older)).toEqual({ Attributes: { tier: 'gold' } });
    expect(older.mode).toBe('contact');
    expect(older.problems).toEqual([]);
  });

  test('takes null only for contact attributes', () => {
    const misuse = () => {
      // @ts-expect-error The Customer ID block writes no TargetContact for the current contact.
      setContactAttributes({ target: null, customerId: attribute('id') });
    };
    expect(typeof misuse).toBe('function');
  });
});

describe('playPrompt', () => {
  test('writes SkipWhenDTMFBufferEnabled and TextToSpeechType only when given', () => {
    expect(written(playPrompt({ text: 'Hi' }))).toEqual({ Text: 'Hi' });
    expect(
      written(playPrompt({ text: 'Hi', skipWhenTouchtoneBuffering: true, textTypeHint: 'text' })),
    ).toEqual({ Text: 'Hi', TextToSpeechType: 'text', SkipWhenDTMFBufferEnabled: 'true' });
    expect(
      written(playPrompt({ ssml: '<speak>Hi</speak>', skipWhenTouchtoneBuffering: false })),
    ).toEqual({ SSML: '<speak>Hi</speak>', SkipWhenDTMFBufferEnabled: 'false' });
  });

  test('refuses a hint that is not text or ssml', () => {
    const node = playPrompt({ text: 'Hi', textTypeHint: 'plain' as 'text' });
    expect(node.problems.map((p) => p.message)).toEqual([
      `textTypeHint takes 'text' or 'ssml', not "plain".`,
    ]);
  });
});

describe('getCustomerInput', () => {
  test('writes StoreInput False by default, and none with storeInput: null', () => {
    expect(written(getCustomerInput({ text: 'Press 1', timeoutSeconds: 5 }))).toEqual({
      StoreInput: 'False',
      Text: 'Press 1',
      InputTimeLimitSeconds: '5',
    });
    const older = getCustomerInput({ text: 'Press 1', timeoutSeconds: 5, storeInput: null });
    expect(written(older)).toEqual({ Text: 'Press 1', InputTimeLimitSeconds: '5' });
    expect(older.mode).toBe('dtmf');
  });

  test('writes the TextToSpeechType hint in both modes', () => {
    const dtmf = getCustomerInput({ text: 'Press 1', timeoutSeconds: 5, textTypeHint: 'text' });
    expect(written(dtmf)).toMatchObject({ TextToSpeechType: 'text' });
    const lex = getCustomerInput({ lexBot: 'arn:lex', text: 'Hi', textTypeHint: 'text' });
    expect(written(lex)).toMatchObject({ TextToSpeechType: 'text' });
  });

  test('talks to a classic Lex bot by name, Region and alias', () => {
    const node = getCustomerInput({
      classicLexBot: { name: 'Routing', region: 'us-west-2', alias: attribute('botAlias') },
      text: 'How can I help?',
    });
    expect(node.mode).toBe('lex');
    expect(node.parameters).toEqual({
      Text: 'How can I help?',
      LexBot: { Name: 'Routing', Region: 'us-west-2', Alias: attribute('botAlias') },
    });
  });

  test('takes one bot, and keypad options only without one', () => {
    const bot = { name: 'Routing', region: 'us-west-2', alias: 'prod' };
    const misuse = () => {
      // @ts-expect-error A Lex V2 alias and a classic bot exclude each other.
      getCustomerInput({ lexBot: lexBot('Helpdesk'), classicLexBot: bot });
      // @ts-expect-error A bot conversation writes no StoreInput.
      getCustomerInput({ classicLexBot: bot, storeInput: null });
      // @ts-expect-error StoreInput "True" is Store customer input.
      getCustomerInput({ text: 'Press 1', timeoutSeconds: 5, storeInput: true });
    };
    expect(typeof misuse).toBe('function');
    const both = getCustomerInput({
      lexBot: 'arn:lex',
      classicLexBot: bot,
      text: 'Hi',
    } as unknown as Parameters<typeof getCustomerInput>[0]);
    expect(both.problems.map((p) => p.message)).toEqual([
      'Give lexBot or classicLexBot, not both.',
    ]);
  });
});

describe('storeCustomerInput', () => {
  test('writes the TextToSpeechType hint', () => {
    const node = storeCustomerInput({
      text: 'Enter your account number.',
      timeoutSeconds: 5,
      maxDigits: 8,
      textTypeHint: 'text',
    });
    expect(written(node)).toMatchObject({
      Text: 'Enter your account number.',
      TextToSpeechType: 'text',
    });
  });
});

describe('the set ... flow blocks', () => {
  const flow = flowRef('Some flow');
  const configuration = (node: FlowNode) =>
    (node.parameters as Record<string, unknown>)['EventHooksConfiguration'];

  test.each([
    [
      'setWhisperFlow',
      setWhisperFlow({ whisper: 'customer', flow, disabled: false }),
      'CustomerWhisper',
    ],
    ['setHoldFlow', setHoldFlow({ hold: 'agent', flow, disabled: true }), 'AgentHold'],
    ['setCustomerQueueFlow', setCustomerQueueFlow({ flow, disabled: false }), 'CustomerQueue'],
    ['setDisconnectFlow', setDisconnectFlow({ flow, disabled: false }), 'CustomerRemaining'],
    ['setEventFlow', setEventFlow({ event: 'pause', flow, disabled: false }), 'PauseContact'],
  ] as const)(
    '%s writes EventHooksConfiguration for its hook with disabled',
    (_name, node, hook) => {
      expect(Object.keys((node.parameters as Record<string, object>)['EventHooks']!)).toEqual([
        hook,
      ]);
      expect(configuration(node)).toEqual({
        [hook]: { DisableExecution: hook === 'AgentHold' ? 'true' : 'false' },
      });
    },
  );

  test('write no EventHooksConfiguration by default', () => {
    expect(configuration(setWhisperFlow({ whisper: 'agent', flow }))).toBeUndefined();
  });
});

describe('setRecordingBehavior', () => {
  const behavior = (node: FlowNode) =>
    (node.parameters as Record<string, unknown>)['AnalyticsBehavior'];

  test('writes the older single AnalyticsMode instead of ChannelConfiguration', () => {
    const node = setRecordingBehavior({
      record: 'agentAndCustomer',
      analytics: { language: 'en-US', voice: 'postContact', legacyAnalyticsMode: true },
    });
    expect(behavior(node)).toEqual({
      Enabled: 'True',
      AnalyticsLanguage: 'en-US',
      AnalyticsRedactionBehavior: 'Disabled',
      AnalyticsRedactionResults: 'None',
      AnalyticsMode: 'PostCall',
    });
    expect(node.problems).toEqual([]);
  });

  test('refuses the older AnalyticsMode for chat or without a voice mode', () => {
    const node = setRecordingBehavior({
      record: 'agentAndCustomer',
      analytics: { language: 'en-US', chat: true, legacyAnalyticsMode: true },
    });
    expect(node.problems.map((p) => p.message)).toEqual([
      'legacyAnalyticsMode writes voice analytics only: give voice, and no chat.',
    ]);
  });

  test('writes redaction switched off with the choices kept', () => {
    const node = setRecordingBehavior({
      record: 'agentAndCustomer',
      analytics: {
        language: 'en-US',
        voice: 'realTime',
        redaction: { enabled: false, results: 'redactedAndOriginal' },
      },
    });
    expect(behavior(node)).toMatchObject({
      AnalyticsRedactionBehavior: 'Disabled',
      AnalyticsRedactionResults: 'RedactedAndOriginal',
      ChannelConfiguration: { Voice: { AnalyticsModes: ['RealTime'] } },
    });
  });
});
