import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

const messageKeys = ['Text', 'SSML', 'PromptId', 'Media'] as const;

/** The `text`, `ssml`, `prompt` or `media` option that writes a block's message parameters. */
export function decodeMessage(
  parameters: JsonObject,
  context: DecodeContext,
  required = true,
): Options {
  const given = messageKeys.filter((key) => parameters[key] !== undefined);
  if (given.length > 1) context.fail(`it has both ${given.join(' and ')}`);
  switch (given[0]) {
    case 'Text':
      return { text: context.text(parameters['Text'], 'Text') };
    case 'SSML':
      return { ssml: context.text(parameters['SSML'], 'SSML') };
    case 'PromptId':
      return { prompt: context.reference(parameters['PromptId'], 'prompt', 'PromptId') };
    case 'Media': {
      const media = context.object(parameters['Media'], 'Media');
      return { media: { uri: context.value(media['Uri'], 'Media.Uri') } };
    }
    default:
      if (required) context.fail('it has no Text, SSML, PromptId or Media');
      return {};
  }
}

/** The `textTypeHint` option that writes `TextToSpeechType`, the designer's hint. */
function decodeTextTypeHint(parameters: JsonObject, context: DecodeContext): Options {
  const hint = parameters['TextToSpeechType'];
  return hint === undefined
    ? {}
    : { textTypeHint: context.oneOf(hint, ['text', 'ssml'], 'TextToSpeechType') };
}

/** Play prompt. */
export const decodePlayPrompt: BlockDecoder = (parameters, context) => {
  const skip = parameters['SkipWhenDTMFBufferEnabled'];
  return defined({
    ...decodeMessage(parameters, context),
    ...decodeTextTypeHint(parameters, context),
    skipWhenTouchtoneBuffering:
      skip === undefined ? undefined : context.lowerFlag(skip, 'SkipWhenDTMFBufferEnabled'),
  });
};

/** Loop prompts. */
export const decodeLoopPrompts: BlockDecoder = (parameters, context) => {
  const messages = parameters['Messages'];
  if (!Array.isArray(messages) || messages.length === 0) {
    return context.fail('Messages is not a list');
  }
  return defined({
    messages: messages.map((message: unknown) =>
      decodeMessage(context.object(message, 'a message'), context),
    ),
    interruptEverySeconds:
      parameters['InterruptFrequencySeconds'] === undefined
        ? undefined
        : context.number(parameters['InterruptFrequencySeconds'], 'InterruptFrequencySeconds'),
  });
};

/** Get customer input: DTMF, or a conversation with an Amazon Lex bot. */
export const decodeGetCustomerInput: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'lex') {
    const timeout =
      parameters['LexTimeoutSeconds'] === undefined
        ? undefined
        : context.number(
            context.object(parameters['LexTimeoutSeconds'], 'LexTimeoutSeconds')['Text'],
            'LexTimeoutSeconds.Text',
          );
    if (timeout !== undefined && timeout % 60 !== 0) {
      context.fail('LexTimeoutSeconds is not whole minutes');
    }
    return defined({
      ...decodeMessage(parameters, context, false),
      ...decodeTextTypeHint(parameters, context),
      ...decodeLexBot(parameters, context),
      sessionAttributes:
        parameters['LexSessionAttributes'] === undefined
          ? undefined
          : context.textMap(parameters['LexSessionAttributes'], 'LexSessionAttributes'),
      chatTimeoutMinutes: timeout === undefined ? undefined : timeout / 60,
    });
  }
  const dtmf =
    parameters['DTMFConfiguration'] === undefined
      ? {}
      : context.object(parameters['DTMFConfiguration'], 'DTMFConfiguration');
  return defined({
    ...decodeMessage(parameters, context),
    ...decodeTextTypeHint(parameters, context),
    timeoutSeconds: context.integer(parameters['InputTimeLimitSeconds'], 'InputTimeLimitSeconds'),
    terminatingKeys:
      dtmf['InputTerminationSequence'] === undefined
        ? undefined
        : context.string(dtmf['InputTerminationSequence'], 'InputTerminationSequence'),
    interdigitTimeoutSeconds:
      dtmf['InterdigitTimeLimitSeconds'] === undefined
        ? undefined
        : context.number(dtmf['InterdigitTimeLimitSeconds'], 'InterdigitTimeLimitSeconds'),
    // The block writes StoreInput "False" unless told to leave it out.
    storeInput: parameters['StoreInput'] === undefined ? null : undefined,
  });
};

/** The `lexBot` (Lex V2 alias) or `classicLexBot` option. */
function decodeLexBot(parameters: JsonObject, context: DecodeContext): Options {
  if (parameters['LexBot'] !== undefined && parameters['LexV2Bot'] === undefined) {
    const bot = context.object(parameters['LexBot'], 'LexBot');
    return {
      classicLexBot: {
        name: context.text(bot['Name'], 'LexBot.Name'),
        region: context.text(bot['Region'], 'LexBot.Region'),
        alias: context.text(bot['Alias'], 'LexBot.Alias'),
      },
    };
  }
  const bot = context.object(parameters['LexV2Bot'], 'LexV2Bot');
  return { lexBot: context.reference(bot['AliasArn'], 'lexBot', 'LexV2Bot.AliasArn') };
}

/** Store customer input: custom digits, or a phone number. */
export const decodeStoreCustomerInput: BlockDecoder = (parameters, context, mode) => {
  const dtmf =
    parameters['DTMFConfiguration'] === undefined
      ? {}
      : context.object(parameters['DTMFConfiguration'], 'DTMFConfiguration');
  const validation = context.object(parameters['InputValidation'], 'InputValidation');
  const common = {
    ...decodeMessage(parameters, context),
    ...decodeTextTypeHint(parameters, context),
    timeoutSeconds: context.number(parameters['InputTimeLimitSeconds'], 'InputTimeLimitSeconds'),
    terminatingKeys:
      dtmf['InputTerminationSequence'] === undefined
        ? undefined
        : context.string(dtmf['InputTerminationSequence'], 'InputTerminationSequence'),
    disableCancelKey:
      dtmf['DisableCancelKey'] === undefined
        ? undefined
        : context.flag(dtmf['DisableCancelKey'], 'DisableCancelKey'),
  };
  if (mode === 'phone-number') {
    const phone = context.object(validation['PhoneNumberValidation'], 'PhoneNumberValidation');
    const format = context.oneOf(phone['NumberFormat'], ['Local', 'E164'], 'NumberFormat');
    return defined({
      ...common,
      phoneNumber:
        format === 'Local'
          ? {
              format: 'local',
              countryCode: context.string(phone['CountryCode'], 'CountryCode'),
            }
          : { format: 'international' },
    });
  }
  const custom = context.object(validation['CustomValidation'], 'CustomValidation');
  const encryption =
    parameters['InputEncryption'] === undefined
      ? undefined
      : context.object(parameters['InputEncryption'], 'InputEncryption');
  return defined({
    ...common,
    maxDigits: context.number(custom['MaximumLength'], 'MaximumLength'),
    encryption:
      encryption === undefined
        ? undefined
        : {
            keyId: context.text(encryption['EncryptionKeyId'], 'EncryptionKeyId'),
            key: context.text(encryption['Key'], 'Key'),
          },
  });
};
