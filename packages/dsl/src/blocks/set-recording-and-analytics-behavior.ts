import { setRecordingAndAnalyticsBehavior as spec } from '../catalog/blocks/set-recording-and-analytics-behavior.js';
import type { redactionEntityTypes } from '../catalog/actions/shared-recording-analytics.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import type { DynamicValue } from '../values/dynamic-value.js';

/** A kind of personal data Contact Lens can redact (`SSN`, `CREDIT_DEBIT_NUMBER`, `NAME`, ...). */
export type RedactionEntity = (typeof redactionEntityTypes)[number];

/** Redaction of sensitive data in Contact Lens output. */
export interface RedactionOptions {
  /**
   * `false` writes redaction as disabled (`AnalyticsRedactionBehavior` "Disabled") but keeps the
   * other choices, as the console does when redaction is switched off after they were made. Leave
   * out `redaction` instead for no redaction as the console writes it now.
   */
  readonly enabled?: boolean;
  /** Keep only the redacted output, or the original beside it (or a dynamic value holding one). */
  readonly results: 'redactedOnly' | 'redactedAndOriginal' | DynamicValue;
  /** Replace redacted data with `[PII]` (the default) or with its entity type (`[NAME]`). */
  readonly mask?: 'pii' | 'entityType';
  /** The entity types to redact; all personal data when omitted. */
  readonly entities?: readonly [RedactionEntity, ...RedactionEntity[]];
}

/** Contact Lens conversational analytics; possible only while agent and customer are both recorded. */
export interface ContactLensOptions {
  /** The language analysed, `xx-XX` (`en-US`); fixed when the flow is built. */
  readonly language: string;
  /** Voice analytics: in real time (which includes post-call) or after the call only. */
  readonly voice?: 'realTime' | 'postContact';
  /** Contact Lens analytics of chat conversations. */
  readonly chat?: boolean;
  /** Redact sensitive data; no redaction when omitted. */
  readonly redaction?: RedactionOptions;
  /** Sentiment analysis. */
  readonly sentiment?: boolean;
  /** A generative summary after the contact. */
  readonly summary?: boolean;
  /**
   * Write the voice mode as older consoles did: one `AnalyticsMode` ("RealTime" or "PostCall")
   * and no `ChannelConfiguration`. Voice analytics only: give `voice`, and no `chat`.
   */
  readonly legacyAnalyticsMode?: boolean;
}

/** Recording options shared by every choice of who is recorded. */
interface RecordingCommon {
  /** Record the agent's screen as well (`true`), or stop it (`false`); unchanged when omitted. */
  readonly screenRecording?: boolean;
  /** Record the automated part of the call (IVR and bots) as well. */
  readonly ivrRecording?: boolean;
}

/**
 * Options of {@link setRecordingBehavior}: who is recorded, and Contact Lens analytics, which (like
 * chat recording and monitoring) need agent and customer both recorded. `record: 'none'` stops
 * recording; leaving out `analytics` switches analytics off for the contact.
 */
export type SetRecordingBehaviorOptions = RecordingCommon &
  (
    | { readonly record: 'agentAndCustomer'; readonly analytics?: ContactLensOptions }
    | { readonly record: 'agent' | 'customer' | 'none'; readonly analytics?: never }
  );

const recorded: Readonly<Record<SetRecordingBehaviorOptions['record'], readonly string[]>> = {
  agentAndCustomer: ['Agent', 'Customer'],
  agent: ['Agent'],
  customer: ['Customer'],
  none: [],
};

/**
 * Set recording and analytics behavior: sets who is recorded (agent, customer or both) and the
 * Contact Lens analytics of the contact. It has only a Success branch.
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, setRecordingBehavior } from '@contactflow/dsl';
 * const bye = disconnect();
 * setRecordingBehavior({
 *   record: 'agentAndCustomer',
 *   analytics: { language: 'en-US', voice: 'realTime', redaction: { results: 'redactedOnly' } },
 * }).then(playPrompt({ text: 'This call is recorded.' }).then(bye).onError(bye));
 * ```
 */
export const setRecordingBehavior = defineBlockBuilder(
  spec,
  (options: SetRecordingBehaviorOptions, context) => {
    const participants = recorded[options.record];
    if (participants === undefined) {
      context.problem(
        'invalid-option',
        `record takes one of ${Object.keys(recorded).join(', ')}, not ${JSON.stringify(options.record)}.`,
      );
    }
    const recording: Record<string, ParameterTemplate[string]> = {
      RecordedParticipants: participants ?? [],
    };
    if (options.screenRecording !== undefined) {
      recording['ScreenRecordedParticipants'] = options.screenRecording ? ['Agent'] : [];
    }
    if (options.ivrRecording !== undefined) {
      recording['IVRRecordingBehavior'] = options.ivrRecording ? 'Enabled' : 'Disabled';
    }
    const parameters: Record<string, ParameterTemplate[string]> = { RecordingBehavior: recording };
    if (options.analytics !== undefined) {
      if (options.record !== 'agentAndCustomer') {
        context.problem(
          'invalid-option',
          'Contact Lens analytics needs agent and customer both recorded (record: agentAndCustomer).',
        );
      }
      parameters['AnalyticsBehavior'] = encodeAnalytics(options.analytics, context);
    }
    return { parameters };
  },
);

function encodeAnalytics(analytics: ContactLensOptions, context: BuildContext): ParameterTemplate {
  if (analytics.voice === undefined && analytics.chat !== true) {
    context.problem(
      'invalid-option',
      'analytics analyses nothing: give voice, or chat: true.',
      'warning',
    );
  }
  const behavior: Record<string, ParameterTemplate[string]> = {
    Enabled: context.flag(true),
    AnalyticsLanguage: analytics.language,
    ...encodeRedaction(analytics.redaction, context),
  };
  if (analytics.legacyAnalyticsMode === true) {
    if (analytics.voice === undefined || analytics.chat !== undefined) {
      context.problem(
        'invalid-option',
        'legacyAnalyticsMode writes voice analytics only: give voice, and no chat.',
      );
    }
    behavior['AnalyticsMode'] = analytics.voice === 'postContact' ? 'PostCall' : 'RealTime';
  } else {
    behavior['ChannelConfiguration'] = {
      Chat: { AnalyticsModes: analytics.chat === true ? ['ContactLens'] : [] },
      Voice: {
        AnalyticsModes:
          analytics.voice === undefined
            ? []
            : [analytics.voice === 'realTime' ? 'RealTime' : 'PostContact'],
      },
    };
  }
  if (analytics.summary === true) {
    behavior['SummaryConfiguration'] = { SummaryModes: ['PostContact'] };
  }
  if (analytics.sentiment !== undefined) {
    behavior['SentimentConfiguration'] = { Enabled: context.flag(analytics.sentiment) };
  }
  return behavior;
}

function encodeRedaction(
  redaction: RedactionOptions | undefined,
  context: BuildContext,
): ParameterTemplate {
  // With redaction off the console still writes both keys, the results as "None".
  if (redaction === undefined) {
    return { AnalyticsRedactionBehavior: 'Disabled', AnalyticsRedactionResults: 'None' };
  }
  const results =
    redaction.results === 'redactedOnly'
      ? 'RedactedOnly'
      : redaction.results === 'redactedAndOriginal'
        ? 'RedactedAndOriginal'
        : context.value(redaction.results, 'redaction.results');
  const encoded: Record<string, ParameterTemplate[string]> = {
    AnalyticsRedactionBehavior: redaction.enabled === false ? 'Disabled' : 'Enabled',
    AnalyticsRedactionResults: results,
  };
  if (redaction.mask !== undefined) {
    encoded['AnalyticsRedactionMaskMode'] = redaction.mask === 'entityType' ? 'EntityType' : 'PII';
  }
  if (redaction.entities !== undefined) {
    if (redaction.entities.length === 0) {
      context.problem(
        'invalid-option',
        'redaction.entities must name at least one entity type; leave it out to redact all.',
      );
    }
    encoded['AnalyticsRedactionEntities'] = [...redaction.entities];
  }
  return encoded;
}
