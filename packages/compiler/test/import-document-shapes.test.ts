import { afterAll, describe, expect, test } from 'vitest';
import { compile, importFlow } from '../src/index.js';
import { evaluateSource, removeGenerated } from './evaluate-source.js';
import { flowDifferences } from './flow-equivalence.js';

// Shapes that real exports have and flows built from scratch do not (parameters older consoles
// left out or wrote differently, settings the builders leave out by default): each imports to its
// block with the option that writes it, never to raw(), and compiles back to the same action.
const folder = 'import-document-shapes';
afterAll(() => removeGenerated(folder));

const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
const next = { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] };
const menu = {
  NextAction: 'bye',
  Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
  Errors: ['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'].map((ErrorType) => ({
    NextAction: 'bye',
    ErrorType,
  })),
};
const hook = 'arn:aws:connect:us-east-1:111122223333:instance/i/contact-flow/f';

interface Shape {
  readonly type: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly transitions?: unknown;
  /** What the imported source says for it. */
  readonly source: string;
}

const shapes: Readonly<Record<string, Shape>> = {
  'a Lambda call without ResponseValidation': {
    type: 'InvokeLambdaFunction',
    parameters: {
      LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f',
      InvocationTimeLimitSeconds: '3',
    },
    source: 'responseType: null',
  },
  'a Lambda call with InvocationType SYNCHRONOUS': {
    type: 'InvokeLambdaFunction',
    parameters: {
      LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f',
      InvocationTimeLimitSeconds: '8',
      InvocationType: 'SYNCHRONOUS',
      ResponseValidation: { ResponseType: 'JSON' },
    },
    source: "responseType: 'JSON',\n  asynchronous: false,",
  },
  'contact attributes without TargetContact': {
    type: 'UpdateContactAttributes',
    parameters: { Attributes: { tier: 'gold' } },
    source: "setContactAttributes({ target: null, attributes: { tier: 'gold' } })",
  },
  'a prompt with SkipWhenDTMFBufferEnabled': {
    type: 'MessageParticipant',
    parameters: { Text: 'Hello.', SkipWhenDTMFBufferEnabled: 'false' },
    source: "playPrompt({ text: 'Hello.', skipWhenTouchtoneBuffering: false })",
  },
  'a prompt with the TextToSpeechType hint': {
    type: 'MessageParticipant',
    parameters: { Text: 'Hello.', TextToSpeechType: 'text' },
    source: "playPrompt({ text: 'Hello.', textTypeHint: 'text' })",
  },
  'a keypad menu with the TextToSpeechType hint': {
    type: 'GetParticipantInput',
    parameters: {
      SSML: '<speak>Press 1.</speak>',
      TextToSpeechType: 'ssml',
      StoreInput: 'False',
      InputTimeLimitSeconds: '5',
    },
    transitions: menu,
    source: "textTypeHint: 'ssml'",
  },
  'stored input with the TextToSpeechType hint': {
    type: 'GetParticipantInput',
    parameters: {
      Text: 'Enter your account number.',
      TextToSpeechType: 'text',
      StoreInput: 'True',
      InputTimeLimitSeconds: '5',
      InputValidation: { CustomValidation: { MaximumLength: '8' } },
    },
    source: "textTypeHint: 'text'",
  },
  'a keypad menu without StoreInput': {
    type: 'GetParticipantInput',
    parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5' },
    transitions: menu,
    source: 'storeInput: null',
  },
  'a whisper hook with EventHooksConfiguration': {
    type: 'UpdateContactEventHooks',
    parameters: {
      EventHooks: { AgentWhisper: hook },
      EventHooksConfiguration: { AgentWhisper: { DisableExecution: 'false' } },
    },
    source: 'disabled: false',
  },
  'a customer queue hook with EventHooksConfiguration': {
    type: 'UpdateContactEventHooks',
    parameters: {
      EventHooks: { CustomerQueue: hook },
      EventHooksConfiguration: { CustomerQueue: { DisableExecution: 'true' } },
    },
    source: 'disabled: true',
  },
  'analytics with the older AnalyticsMode': {
    type: 'UpdateContactRecordingBehavior',
    parameters: {
      RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] },
      AnalyticsBehavior: {
        Enabled: 'True',
        AnalyticsMode: 'PostCall',
        AnalyticsLanguage: 'en-US',
        AnalyticsRedactionBehavior: 'Disabled',
        AnalyticsRedactionResults: 'None',
      },
    },
    transitions: { NextAction: 'bye' },
    source: 'legacyAnalyticsMode: true',
  },
  'analytics with redaction switched off after its choices were made': {
    type: 'UpdateContactRecordingBehavior',
    parameters: {
      RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] },
      AnalyticsBehavior: {
        Enabled: 'True',
        AnalyticsLanguage: 'en-US',
        AnalyticsRedactionBehavior: 'Disabled',
        AnalyticsRedactionResults: 'RedactedAndOriginal',
        ChannelConfiguration: {
          Chat: { AnalyticsModes: [] },
          Voice: { AnalyticsModes: ['PostContact'] },
        },
      },
    },
    transitions: { NextAction: 'bye' },
    source: "redaction: { enabled: false, results: 'redactedAndOriginal' }",
  },
  'a Lex (Classic) bot': {
    type: 'ConnectParticipantWithLexBot',
    parameters: {
      Text: 'How can I help?',
      LexBot: { Name: 'Routing', Region: 'us-west-2', Alias: '$LATEST' },
    },
    transitions: {
      NextAction: 'bye',
      Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Sales'] } }],
      Errors: ['NoMatchingCondition', 'NoMatchingError'].map((ErrorType) => ({
        NextAction: 'bye',
        ErrorType,
      })),
    },
    source: "classicLexBot: { name: 'Routing', region: 'us-west-2', alias: '$LATEST' }",
  },
  'a menu whose NextAction is not where its Error branch goes': {
    type: 'GetParticipantInput',
    parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
    transitions: { ...menu, NextAction: 'a' },
    source: '.nextAction(',
  },
  'a transfer to queue whose NextAction is not where its Error branch goes': {
    type: 'TransferContactToQueue',
    parameters: {},
    transitions: {
      NextAction: 'a',
      Errors: ['QueueAtCapacity', 'NoMatchingError'].map((ErrorType) => ({
        NextAction: 'bye',
        ErrorType,
      })),
    },
    source: '.nextAction(',
  },
};

let loaded = 0;

describe('importing document shapes the builders write only when asked', () => {
  test.each(Object.entries(shapes))('%s', async (_name, shape) => {
    const document = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        {
          Identifier: 'a',
          Type: shape.type,
          Parameters: shape.parameters,
          Transitions: shape.transitions ?? next,
        },
        bye,
      ],
    };
    const imported = await importFlow(document);
    expect(imported.notes).toEqual([]);
    expect(imported.source).not.toContain('raw(');
    expect(imported.source).toContain(shape.source);
    // Where NextAction repeats the Error branch, as the console writes it, the source says nothing.
    if (!shape.source.includes('nextAction')) expect(imported.source).not.toContain('.nextAction(');
    const definition = await evaluateSource(imported.source, folder, `shape-${loaded++}`);
    const compiled = compile(definition, { unresolvedReferences: 'placeholder' });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(flowDifferences(document, compiled.document)).toEqual([]);
  });
});
