import { parameterName, quoted } from '../values/describe-value.js';
import { containsJsonPath } from '../values/embedded-paths.js';
import { isAt, parameterLeaves } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/**
 * File types that are certainly not WAV audio. A name with another ending (or none) may still hold
 * a WAV file, so only these are reported.
 */
const otherAudioTypes: ReadonlySet<string> = new Set([
  '3gp',
  'aac',
  'aif',
  'aifc',
  'aiff',
  'amr',
  'flac',
  'gsm',
  'm4a',
  'mp2',
  'mp3',
  'mp4',
  'mpeg',
  'oga',
  'ogg',
  'opus',
  'pcm',
  'raw',
  'webm',
  'wma',
]);

const playFromS3 = (uri: string) => ({
  Version: '2019-10-30',
  StartAction: 'welcome',
  Actions: [
    {
      Identifier: 'welcome',
      Type: 'MessageParticipant',
      Parameters: { Media: { Uri: uri, SourceType: 'S3', MediaType: 'Audio' } },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

/** The file type at the end of an address, lower-cased, without query or fragment. */
function fileTypeOf(uri: string): string | undefined {
  const path = uri.replace(/[?#].*$/su, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? undefined : name.slice(dot + 1).toLowerCase();
}

export const audioPromptNotWav = defineRule({
  meta: {
    id: 'audio-prompt-not-wav',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'An audio prompt played from Amazon S3 names a file that is not a .wav file, such as an .mp3.',
    rationale:
      'Amazon Connect plays only .wav files from S3 (8 kHz, mono, U-Law); with any other audio format the block takes its Error branch and the caller hears nothing (Play prompt, L31252-31264 and L31543-31550). Addresses built from contact data are only known on the call; their file type is checked when it is written literally.',
    examples: {
      bad: playFromS3('https://example-prompts.s3.amazonaws.com/en/welcome.mp3'),
      good: playFromS3('https://example-prompts.s3.amazonaws.com/en/welcome.wav'),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const leaf of parameterLeaves(action)) {
        if (!isAt(leaf, ['Media', 'Uri']) && !isAt(leaf, ['Messages', '*', 'Media', 'Uri'])) {
          continue;
        }
        const type = fileTypeOf(leaf.value);
        if (type === undefined || !otherAudioTypes.has(type)) continue;
        // A reference after the last "/" may change the name; only a literal ending is certain.
        const name = leaf.value.slice(leaf.value.lastIndexOf('/') + 1);
        if (containsJsonPath(name)) continue;
        report({
          message: `${parameterName(leaf.path)} is ${quoted(leaf.value, 90)}, a .${type} file; Amazon Connect plays only .wav files from S3.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint: 'Convert the recording to an 8 kHz mono U-Law .wav file and point the prompt at it.',
        });
      }
    }
  },
});
