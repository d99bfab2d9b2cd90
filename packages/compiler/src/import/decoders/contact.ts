import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

/** Set contact attributes: contact attributes, flow attributes, or the customer id. */
export const decodeSetContactAttributes: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'flow') {
    const attributes = context.object(parameters['FlowAttributes'], 'FlowAttributes');
    return {
      target: 'flow',
      attributes: Object.fromEntries(
        Object.entries(attributes).map(([name, entry]) => [
          name,
          context.text(context.object(entry, name)['Value'], `FlowAttributes.${name}.Value`),
        ]),
      ),
    };
  }
  const target =
    parameters['TargetContact'] === 'Related'
      ? 'related'
      : parameters['TargetContact'] === 'Current' && mode === 'customer-id'
        ? context.fail('TargetContact is Current, which the customer id option never writes')
        : undefined;
  if (mode === 'customer-id') {
    return defined({ target, customerId: context.value(parameters['CustomerId'], 'CustomerId') });
  }
  // Older exports leave TargetContact out, which only `target: null` writes.
  return defined({
    target: parameters['TargetContact'] === undefined ? null : target,
    attributes: context.textMap(parameters['Attributes'], 'Attributes'),
  });
};

/** Contact tags: set tags, or remove them by key. */
export const decodeTagContact: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'tag') return { tags: context.textMap(parameters['Tags'], 'Tags') };
  return defined({
    remove: context.strings(parameters['TagKeys'], 'TagKeys'),
    actionType: mode === 'untag-documented' ? 'UnTagContact' : undefined,
  });
};

/** Set callback number. */
export const decodeSetCallbackNumber: BlockDecoder = (parameters, context) => ({
  number: context.dynamic(parameters['CallbackNumber'], 'CallbackNumber'),
});

const engines = ['Standard', 'Neural', 'Generative'] as const;
const styles = ['None', 'Conversational', 'Newscaster'] as const;

/** Set voice: the text-to-speech voice, or the language. */
export const decodeSetVoice: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'language') {
    return { languageCode: context.value(parameters['LanguageCode'], 'LanguageCode') };
  }
  const engineValue = parameters['TextToSpeechEngine'];
  const styleValue = parameters['TextToSpeechStyle'];
  const engine =
    engineValue === undefined
      ? undefined
      : typeof engineValue === 'string' && engineValue.startsWith('$.')
        ? context.dynamic(engineValue, 'TextToSpeechEngine')
        : context.oneOf(engineValue, engines, 'TextToSpeechEngine');
  const style =
    styleValue === undefined
      ? undefined
      : typeof styleValue === 'string' && styleValue.startsWith('$.')
        ? context.dynamic(styleValue, 'TextToSpeechStyle')
        : context.oneOf(styleValue, styles, 'TextToSpeechStyle');
  // The options take a speaking style other than None only with the Neural engine (or a dynamic one).
  if (
    style !== undefined &&
    style !== 'None' &&
    (engine === undefined || engine === 'Standard' || engine === 'Generative')
  ) {
    context.fail(`the ${String(styleValue)} style is written only with the Neural engine`);
  }
  return defined({
    voice: context.value(parameters['TextToSpeechVoice'], 'TextToSpeechVoice'),
    engine,
    style,
  });
};

function voiceIdSettings(
  parameters: JsonObject,
  context: DecodeContext,
  enabled: string,
  settings: readonly (readonly [string, string, 'integer' | 'value'])[],
): Options | false {
  if (!context.lowerFlag(parameters[enabled], enabled)) return false;
  return defined(
    Object.fromEntries(
      settings.map(([option, parameter, kind]) => [
        option,
        parameters[parameter] === undefined
          ? undefined
          : kind === 'integer'
            ? context.integer(parameters[parameter], parameter)
            : context.value(parameters[parameter], parameter),
      ]),
    ),
  );
}

/** Set Voice ID: start streaming, or the Voice ID settings. */
export const decodeSetVoiceId: BlockDecoder = (parameters, context, mode) => {
  if (mode === 'stream') return undefined;
  const streamAudio = context.lowerFlag(
    parameters['IsVoiceIdStreamingEnabled'],
    'IsVoiceIdStreamingEnabled',
  );
  const authentication = voiceIdSettings(parameters, context, 'IsVoiceAuthenticationEnabled', [
    ['threshold', 'VoiceAuthenticationThreshold', 'integer'],
    ['responseTimeSeconds', 'VoiceAuthenticationResponseTime', 'integer'],
  ]);
  const fraudDetection = voiceIdSettings(parameters, context, 'IsFraudDetectionEnabled', [
    ['threshold', 'FraudDetectionThreshold', 'integer'],
    ['watchlistId', 'WatchlistId', 'value'],
  ]);
  // Without any setting the builder starts streaming only, so an explicit `streamAudio: true` says
  // that these are the settings mode.
  return defined({
    streamAudio:
      streamAudio && (authentication !== false || fraudDetection !== false)
        ? undefined
        : streamAudio,
    authentication: authentication === false ? undefined : authentication,
    fraudDetection: fraudDetection === false ? undefined : fraudDetection,
  });
};

/** Check Voice ID. */
export const decodeCheckVoiceId: BlockDecoder = (_parameters, _context, mode) => ({
  check: mode === 'fraud-detection' ? 'fraudDetection' : mode,
});

/** Set logging behavior. */
export const decodeSetLoggingBehavior: BlockDecoder = (_parameters, _context, mode) => ({
  enabled: mode === 'enable',
});

/** Hold customer or agent. */
export const decodeHoldParticipant: BlockDecoder = (_parameters, _context, mode) => ({
  state:
    mode === 'agent-on-hold'
      ? 'agentOnHold'
      : mode === 'customer-on-hold'
        ? 'customerOnHold'
        : 'conferenceAll',
});

/** Start media streaming. */
export const decodeStartMediaStreaming: BlockDecoder = (parameters, context) => {
  const participants = parameters['Participants'];
  if (!Array.isArray(participants) || participants.length !== 1) {
    return context.fail('Participants is not one participant');
  }
  const directions = context
    .strings(context.object(participants[0], 'Participants')['MediaDirections'], 'MediaDirections')
    .join(',');
  const direction =
    directions === 'To,From'
      ? undefined
      : directions === 'From'
        ? 'fromCustomer'
        : directions === 'To'
          ? 'toCustomer'
          : context.fail(`MediaDirections ${directions} is not a direction the block writes`);
  return defined({ direction });
};

/** Amazon Q in Connect. */
export const decodeEnableAmazonQ: BlockDecoder = (parameters, context) => ({
  assistantArn: context.value(parameters['WisdomAssistantArn'], 'WisdomAssistantArn'),
});

/** Create persistent contact association. */
export const decodeEnablePersistentChat: BlockDecoder = (parameters, context) => ({
  rehydration:
    context.oneOf(
      parameters['RehydrationType'],
      ['ENTIRE_PAST_SESSION', 'FROM_SEGMENT'],
      'RehydrationType',
    ) === 'ENTIRE_PAST_SESSION'
      ? 'entirePastSession'
      : 'fromSegment',
  sourceContactId: context.value(parameters['SourceContactId'], 'SourceContactId'),
});
