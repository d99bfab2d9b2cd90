import { setVoiceId as spec } from '../catalog/blocks/set-voice-id.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/** Voice authentication against the voiceprint of the claimed customer. */
export interface VoiceAuthenticationSettings {
  /** Score from 0 to 100 at or above which the caller counts as authenticated; 90 is recommended. */
  readonly threshold?: NumberInput;
  /** Seconds Voice ID may take to decide, 5 to 10: shorter answers sooner but less accurately. */
  readonly responseTimeSeconds?: NumberInput;
}

/** Fraud detection against a watchlist of known fraudsters. */
export interface FraudDetectionSettings {
  /** Risk score from 0 to 100 above which the call counts as high risk; start with 50. */
  readonly threshold?: NumberInput;
  /**
   * Watchlist id (22 letters and digits) or a dynamic value holding one; the domain's default
   * watchlist when omitted.
   */
  readonly watchlistId?: ValueInput;
}

/**
 * Options of {@link setVoiceId}. Without options the node starts streaming audio to Voice ID; with
 * any option it holds the Voice ID settings, which the console writes as a separate action just
 * before the streaming starts.
 */
export interface SetVoiceIdOptions {
  /** Streams the caller's audio to Voice ID (the default); once started it cannot be stopped. */
  readonly streamAudio?: boolean;
  /** Turns voice authentication on with these settings; off when omitted or `false`. */
  readonly authentication?: VoiceAuthenticationSettings | false;
  /** Turns fraud detection on with these settings; off when omitted or `false`. */
  readonly fraudDetection?: FraudDetectionSettings | false;
}

// The console writes the Voice ID switches in lower case.
function switchValue(on: boolean): string {
  return on ? 'true' : 'false';
}

/**
 * Set Voice ID: starts streaming the caller's audio to Amazon Connect Voice ID and sets the
 * authentication and fraud-detection thresholds. Build the console block as the settings node
 * followed by the streaming node, both errors going to the same place. Play a prompt first so that
 * audio flows, then set the customer id before Check Voice ID.
 *
 * @example
 * ```ts
 * import { disconnect, setVoiceId } from '@contactflow/dsl';
 * const bye = disconnect();
 * const stream = setVoiceId().then(bye).onError(bye);
 * setVoiceId({ authentication: { threshold: 90, responseTimeSeconds: 10 } })
 *   .then(stream)
 *   .onError(bye);
 * ```
 */
export const setVoiceId = defineBlockBuilder(spec, (options: SetVoiceIdOptions, context) => {
  const { streamAudio, authentication, fraudDetection } = options;
  if (streamAudio === undefined && authentication === undefined && fraudDetection === undefined) {
    return { mode: 'stream', parameters: {} };
  }
  const parameters: Record<string, ParameterTemplate[string]> = {
    IsVoiceIdStreamingEnabled: switchValue(streamAudio !== false),
    IsVoiceAuthenticationEnabled: switchValue(
      authentication !== undefined && authentication !== false,
    ),
    IsFraudDetectionEnabled: switchValue(fraudDetection !== undefined && fraudDetection !== false),
  };
  if (authentication) {
    if (authentication.threshold !== undefined) {
      parameters['VoiceAuthenticationThreshold'] = context.integer(
        authentication.threshold,
        'authentication.threshold',
      );
    }
    if (authentication.responseTimeSeconds !== undefined) {
      parameters['VoiceAuthenticationResponseTime'] = context.integer(
        authentication.responseTimeSeconds,
        'authentication.responseTimeSeconds',
      );
    }
  }
  if (fraudDetection) {
    if (fraudDetection.threshold !== undefined) {
      parameters['FraudDetectionThreshold'] = context.integer(
        fraudDetection.threshold,
        'fraudDetection.threshold',
      );
    }
    if (fraudDetection.watchlistId !== undefined) {
      parameters['WatchlistId'] = context.value(
        fraudDetection.watchlistId,
        'fraudDetection.watchlistId',
      );
    }
  }
  return { mode: 'settings', parameters };
});
