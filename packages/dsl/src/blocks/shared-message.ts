import type { BuildContext } from '../builder/build-context.js';
import type { ReferenceInput, TextInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/** An audio file in Amazon S3, played instead of a prompt from the library. */
export interface MediaFile {
  /** `s3://bucket/key.wav`, or a dynamic value holding it. */
  readonly uri: ValueInput;
}

/**
 * What a block says or sends: exactly one of text, SSML, a library prompt or an S3 audio file.
 * Text and SSML take `text` templates with dynamic values in them.
 */
export type MessageOptions =
  | {
      readonly text: TextInput;
      readonly ssml?: never;
      readonly prompt?: never;
      readonly media?: never;
    }
  | {
      readonly ssml: TextInput;
      readonly text?: never;
      readonly prompt?: never;
      readonly media?: never;
    }
  | {
      readonly prompt: ReferenceInput<'prompt'>;
      readonly text?: never;
      readonly ssml?: never;
      readonly media?: never;
    }
  | {
      readonly media: MediaFile;
      readonly text?: never;
      readonly ssml?: never;
      readonly prompt?: never;
    };

/** The message parameters (`Text`, `SSML`, `PromptId` or `Media`) of a block's options. */
export function encodeMessage(
  options: Partial<MessageOptions>,
  context: BuildContext,
): ParameterTemplate {
  const given = (['text', 'ssml', 'prompt', 'media'] as const).filter(
    (k) => options[k] !== undefined,
  );
  if (given.length !== 1) {
    context.problem(
      'invalid-option',
      given.length === 0
        ? 'Give one of text, ssml, prompt or media.'
        : `Give only one of text, ssml, prompt or media, not ${given.join(' and ')}.`,
    );
  }
  if (options.text !== undefined) return { Text: context.text(options.text, 'text') };
  if (options.ssml !== undefined) return { SSML: context.text(options.ssml, 'ssml') };
  if (options.prompt !== undefined) {
    return { PromptId: context.reference(options.prompt, 'prompt', 'prompt') };
  }
  if (options.media !== undefined) {
    return {
      Media: {
        Uri: context.value(options.media.uri, 'media.uri'),
        SourceType: 'S3',
        MediaType: 'Audio',
      },
    };
  }
  return {};
}

/**
 * The hint some console exports carry beside a block's message, on the blocks whose actions take
 * it (Play prompt, Get customer input, Store customer input).
 */
export interface TextTypeHintOption {
  /**
   * Whether the message is plain text or SSML, written as `TextToSpeechType` ("text" or "ssml"),
   * as the flow designer records it in some exports. It changes nothing that is played: the `text`
   * or `ssml` option decides that. Not written when omitted.
   */
  readonly textTypeHint?: 'text' | 'ssml';
}

/** The `TextToSpeechType` parameter of {@link TextTypeHintOption}, if given. */
export function encodeTextTypeHint(
  options: TextTypeHintOption,
  context: BuildContext,
): ParameterTemplate {
  const hint = options.textTypeHint;
  if (hint === undefined) return {};
  if (hint !== 'text' && hint !== 'ssml') {
    context.problem(
      'invalid-option',
      `textTypeHint takes 'text' or 'ssml', not ${JSON.stringify(hint)}.`,
    );
  }
  return { TextToSpeechType: hint };
}
