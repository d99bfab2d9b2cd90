import { actions } from '@contactflow/dsl';
import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

const recorded: Readonly<Record<string, string>> = {
  'Agent,Customer': 'agentAndCustomer',
  Agent: 'agent',
  Customer: 'customer',
  '': 'none',
};

// The entity types the option's type allows, from the catalog's schema of the parameter.
const entityTypes: readonly unknown[] = (() => {
  let schema: unknown = actions.UpdateContactRecordingBehavior.parameters;
  for (const key of ['AnalyticsBehavior', 'AnalyticsRedactionEntities']) {
    schema = (schema as { properties?: Record<string, unknown> } | undefined)?.properties?.[key];
  }
  const values = (schema as { items?: { enum?: unknown } } | undefined)?.items?.enum;
  return Array.isArray(values) ? values : [];
})();

function decodeRedaction(analytics: JsonObject, context: DecodeContext): Options | undefined {
  const behavior = context.oneOf(
    analytics['AnalyticsRedactionBehavior'],
    ['Enabled', 'Disabled'],
    'AnalyticsRedactionBehavior',
  );
  const results = analytics['AnalyticsRedactionResults'];
  const mask = analytics['AnalyticsRedactionMaskMode'];
  const entities = analytics['AnalyticsRedactionEntities'];
  // Switched off, the console writes "None"; choices made before it was switched off stay.
  const kept = results !== 'None' || mask !== undefined || entities !== undefined;
  if (behavior === 'Disabled' && !kept) return undefined;
  return defined({
    enabled: behavior === 'Disabled' ? false : undefined,
    results:
      results === 'RedactedOnly'
        ? 'redactedOnly'
        : results === 'RedactedAndOriginal'
          ? 'redactedAndOriginal'
          : context.dynamic(results, 'AnalyticsRedactionResults'),
    mask:
      mask === undefined
        ? undefined
        : context.oneOf(mask, ['PII', 'EntityType'], 'AnalyticsRedactionMaskMode') === 'PII'
          ? 'pii'
          : 'entityType',
    entities:
      entities === undefined
        ? undefined
        : context
            .strings(entities, 'AnalyticsRedactionEntities')
            .map((entity) => context.oneOf(entity, entityTypes as string[], 'an entity type')),
  });
}

/** The `voice` and `chat` options, from `ChannelConfiguration` or the older `AnalyticsMode`. */
function decodeChannels(analytics: JsonObject, context: DecodeContext): Options {
  const legacy = analytics['AnalyticsMode'];
  if (legacy !== undefined && analytics['ChannelConfiguration'] === undefined) {
    const mode = context.oneOf(legacy, ['RealTime', 'PostCall'], 'AnalyticsMode');
    return { voice: mode === 'RealTime' ? 'realTime' : 'postContact', legacyAnalyticsMode: true };
  }
  const channels = context.object(analytics['ChannelConfiguration'], 'ChannelConfiguration');
  const modes = (channel: string): string =>
    context
      .strings(
        context.object(channels[channel], `ChannelConfiguration.${channel}`)['AnalyticsModes'],
        'AnalyticsModes',
      )
      .join(',');
  const chat = modes('Chat');
  const voice = modes('Voice');
  return {
    voice:
      voice === ''
        ? undefined
        : voice === 'RealTime'
          ? 'realTime'
          : voice === 'PostContact'
            ? 'postContact'
            : context.fail(`voice analytics modes ${voice} are not a choice the block writes`),
    chat:
      chat === ''
        ? undefined
        : chat === 'ContactLens'
          ? true
          : context.fail(`chat analytics modes ${chat} are not a choice the block writes`),
  };
}

function decodeAnalytics(value: unknown, context: DecodeContext): Options {
  const analytics = context.object(value, 'AnalyticsBehavior');
  const { legacyAnalyticsMode, ...channels } = decodeChannels(analytics, context);
  const summary = analytics['SummaryConfiguration'];
  const sentiment = analytics['SentimentConfiguration'];
  return defined({
    language: context.string(analytics['AnalyticsLanguage'], 'AnalyticsLanguage'),
    ...channels,
    redaction: decodeRedaction(analytics, context),
    sentiment:
      sentiment === undefined
        ? undefined
        : context.flag(context.object(sentiment, 'SentimentConfiguration')['Enabled'], 'Enabled'),
    summary: summary === undefined ? undefined : true,
    legacyAnalyticsMode,
  });
}

/** Set recording and analytics behavior. */
export const decodeSetRecordingBehavior: BlockDecoder = (parameters, context) => {
  const recording = context.object(parameters['RecordingBehavior'], 'RecordingBehavior');
  const participants = context
    .strings(recording['RecordedParticipants'], 'RecordedParticipants')
    .join(',');
  const record = Object.hasOwn(recorded, participants)
    ? recorded[participants]
    : context.fail(`RecordedParticipants ${participants} is not a choice the block writes`);
  const screen = recording['ScreenRecordedParticipants'];
  const ivr = recording['IVRRecordingBehavior'];
  return defined({
    record,
    screenRecording:
      screen === undefined
        ? undefined
        : context.strings(screen, 'ScreenRecordedParticipants').length > 0,
    ivrRecording:
      ivr === undefined
        ? undefined
        : context.oneOf(ivr, ['Enabled', 'Disabled'], 'IVRRecordingBehavior') === 'Enabled',
    analytics:
      parameters['AnalyticsBehavior'] === undefined
        ? undefined
        : decodeAnalytics(parameters['AnalyticsBehavior'], context),
  });
};
