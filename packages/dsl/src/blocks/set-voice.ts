import { setVoice as spec } from '../catalog/blocks/set-voice.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import type { DynamicValue } from '../values/dynamic-value.js';

/** An Amazon Polly engine, as the console writes it. */
export type VoiceEngine = 'Standard' | 'Neural' | 'Generative';

/** A Polly speaking style; Conversational and Newscaster exist only for some neural voices. */
export type SpeakingStyle = 'None' | 'Conversational' | 'Newscaster';

/**
 * Speaking styles need the neural engine, so a style other than `None` is only accepted with
 * `engine: 'Neural'` or with an engine read at run time.
 */
type EngineAndStyle =
  | { readonly engine?: 'Standard' | 'Generative'; readonly style?: 'None' }
  | { readonly engine: 'Neural' | DynamicValue; readonly style?: SpeakingStyle | DynamicValue };

/** The text-to-speech voice from here on. */
export type VoiceOptions = EngineAndStyle & {
  /** Amazon Polly voice name (`Joanna`, `Lea`), or a dynamic value holding one. */
  readonly voice: ValueInput;
  readonly languageCode?: never;
};

/**
 * The console's "Set language attribute": the contact's language (`fr-FR`), which Amazon Lex V2
 * bots other than en-US need. The console writes it as a second action right after the voice, so
 * here it is a block of its own placed after the voice block.
 */
export interface LanguageOptions {
  /** A language code (`en-US`, `fr-CA`), or a dynamic value holding one. */
  readonly languageCode: ValueInput;
  readonly voice?: never;
  readonly engine?: never;
  readonly style?: never;
}

/** Options of {@link setVoice}: a voice, or the contact's language when `languageCode` is given. */
export type SetVoiceOptions = VoiceOptions | LanguageOptions;

const neuralOnlyStyles: readonly unknown[] = ['Conversational', 'Newscaster'];

/**
 * Set voice: sets the Amazon Polly voice, engine and speaking style of all later text-to-speech, or
 * (with `languageCode`) the contact's language. Chat and task contacts pass through unchanged.
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, setVoice } from '@contactflow/dsl';
 * const bye = disconnect();
 * const hello = playPrompt({ text: 'Bonjour.' }).then(bye).onError(bye);
 * const language = setVoice({ languageCode: 'fr-CA' }).then(hello).onError(hello);
 * setVoice({ voice: 'Gabrielle', engine: 'Neural' }).then(language).onError(hello);
 * ```
 */
export const setVoice = defineBlockBuilder(spec, (options: SetVoiceOptions, context) => {
  if (options.languageCode !== undefined) {
    if (options.voice !== undefined) {
      context.problem(
        'invalid-option',
        'Give voice or languageCode, not both: the language is set by a second Set voice block.',
      );
    }
    return {
      mode: 'language',
      parameters: { LanguageCode: context.value(options.languageCode, 'languageCode') },
    };
  }
  const voice = options as VoiceOptions;
  const parameters: Record<string, ParameterTemplate[string]> = {
    TextToSpeechVoice: context.value(voice.voice, 'voice'),
  };
  if (voice.engine !== undefined) {
    parameters['TextToSpeechEngine'] = context.value(voice.engine, 'engine');
  }
  if (voice.style !== undefined) {
    if (
      typeof voice.engine === 'string' &&
      voice.engine !== 'Neural' &&
      neuralOnlyStyles.includes(voice.style)
    ) {
      context.problem(
        'invalid-option',
        `The ${String(voice.style)} style needs the Neural engine, not ${voice.engine}.`,
      );
    }
    parameters['TextToSpeechStyle'] = context.value(voice.style, 'style');
  }
  return { mode: 'voice', parameters };
});
