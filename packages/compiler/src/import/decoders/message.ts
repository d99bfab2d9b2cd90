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

/** Play prompt. */
export const decodePlayPrompt: BlockDecoder = (parameters, context) =>
  decodeMessage(parameters, context);

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
    const bot = context.object(parameters['LexV2Bot'], 'LexV2Bot');
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
      lexBot: context.reference(bot['AliasArn'], 'lexBot', 'LexV2Bot.AliasArn'),
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
    timeoutSeconds: context.integer(parameters['InputTimeLimitSeconds'], 'InputTimeLimitSeconds'),
    terminatingKeys:
      dtmf['InputTerminationSequence'] === undefined
        ? undefined
        : context.string(dtmf['InputTerminationSequence'], 'InputTerminationSequence'),
    interdigitTimeoutSeconds:
      dtmf['InterdigitTimeLimitSeconds'] === undefined
        ? undefined
        : context.number(dtmf['InterdigitTimeLimitSeconds'], 'InterdigitTimeLimitSeconds'),
  });
};

/** Store customer input: custom digits, or a phone number. */
export const decodeStoreCustomerInput: BlockDecoder = (parameters, context, mode) => {
  const dtmf =
    parameters['DTMFConfiguration'] === undefined
      ? {}
      : context.object(parameters['DTMFConfiguration'], 'DTMFConfiguration');
  const validation = context.object(parameters['InputValidation'], 'InputValidation');
  const common = {
    ...decodeMessage(parameters, context),
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
