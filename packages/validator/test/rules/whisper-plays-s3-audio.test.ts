import { whisperPlaysS3Audio } from '../../src/rules/whisper-plays-s3-audio.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const s3 = { Uri: 's3://prompts/whisper.wav', SourceType: 'S3', MediaType: 'Audio' };

const play = (id: string, parameters: object) => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: parameters,
  Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
});

const withS3 = flowOf([play('announce', { Media: s3 }), end]);

testRule(whisperPlaysS3Audio, {
  valid: [
    {
      name: 'a prompt from the library in an agent whisper',
      document: flowOf([play('announce', { PromptId: '$.Attributes.whisperPrompt' }), end]),
      options: { flowType: 'AGENT_WHISPER' },
    },
    {
      name: 'text to speech in a customer whisper',
      document: flowOf([play('announce', { Text: 'Connecting you now.' }), end]),
      options: { flowType: 'CUSTOMER_WHISPER' },
    },
    {
      name: 'S3 audio in an inbound flow',
      document: withS3,
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'S3 audio in a customer queue flow',
      document: withS3,
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'a document that is not a flow',
      document: { Actions: 7 },
      options: { flowType: 'AGENT_WHISPER' },
    },
  ],
  invalid: [
    {
      name: 'S3 audio in an agent whisper',
      document: withS3,
      options: { flowType: 'AGENT_WHISPER' },
      findings: [{ actionId: 'announce', pointer: '/Actions/0/Parameters/Media' }],
    },
    {
      name: 'S3 audio in an outbound whisper, after a prompt from the library',
      document: flowOf([
        {
          ...play('first', { Text: 'Hello.' }),
          Transitions: {
            NextAction: 'second',
            Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
          },
        },
        play('second', { Media: s3 }),
        end,
      ]),
      options: { flowType: 'OUTBOUND_WHISPER' },
      findings: [{ actionId: 'second', pointer: '/Actions/1/Parameters/Media' }],
    },
    {
      name: 'S3 audio in a customer whisper, the flow type read from Metadata.type',
      document: { ...(withS3 as object), Metadata: { type: 'customerWhisper' } },
      findings: [{ actionId: 'announce', pointer: '/Actions/0/Parameters/Media' }],
    },
  ],
});
