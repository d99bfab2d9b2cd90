import { audioPromptNotWav } from '../../src/rules/audio-prompt-not-wav.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];
const s3 = (uri: string) => ({ Uri: uri, SourceType: 'S3', MediaType: 'Audio' });

const play = (uri: string, id = 'play') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Media: s3(uri) },
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(audioPromptNotWav, {
  valid: [
    {
      name: '.wav files, in any case, with a query string',
      document: flowOf([
        play('https://prompts.s3.amazonaws.com/en/welcome.wav', 'a'),
        play('https://prompts.s3.amazonaws.com/en/WELCOME.WAV?versionId=3', 'b'),
        bye,
      ]),
    },
    {
      name: 'names without a file type, or with one that may still hold WAV audio',
      document: flowOf([
        play('https://prompts.s3.amazonaws.com/en/welcome', 'a'),
        play('https://prompts.s3.amazonaws.com/en/welcome.v2', 'b'),
        bye,
      ]),
    },
    {
      name: 'addresses built from contact data',
      document: flowOf([
        play('$.Attributes.promptUri', 'a'),
        play("https://prompts.s3.amazonaws.com/$['Attributes']['lang']/1.wav", 'b'),
        play('https://prompts.s3.amazonaws.com/en/$.Attributes.prompt.mp3', 'd'),
        play('https://prompts.s3.amazonaws.com/$.Attributes.folder.mp3/welcome.wav', 'c'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'an .mp3 played as a prompt',
      document: flowOf([play('https://prompts.s3.amazonaws.com/en/welcome.mp3'), bye]),
      findings: [{ actionId: 'play', pointer: '/Actions/0/Parameters/Media/Uri' }],
    },
    {
      name: 'an .ogg in a menu and an .m4a among looped prompts',
      document: flowOf([
        {
          Identifier: 'menu',
          Type: 'GetParticipantInput',
          Parameters: {
            Media: s3('https://prompts.s3.amazonaws.com/menu.ogg'),
            InputTimeLimitSeconds: '5',
            StoreInput: 'False',
          },
          Transitions: {
            NextAction: 'hold',
            Errors: [
              { NextAction: 'bye', ErrorType: 'NoMatchingError' },
              { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
            ],
          },
        },
        {
          Identifier: 'hold',
          Type: 'MessageParticipantIteratively',
          Parameters: {
            Messages: [
              { Media: s3('https://prompts.s3.amazonaws.com/hold.wav') },
              { Media: s3('https://prompts.s3.amazonaws.com/music.m4a') },
            ],
          },
          Transitions: {},
        },
        bye,
      ]),
      findings: [
        { actionId: 'menu', pointer: '/Actions/0/Parameters/Media/Uri' },
        { actionId: 'hold', pointer: '/Actions/1/Parameters/Messages/1/Media/Uri' },
      ],
    },
  ],
});
