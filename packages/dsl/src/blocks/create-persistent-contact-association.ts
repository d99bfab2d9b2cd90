import { createPersistentContactAssociation as spec } from '../catalog/blocks/create-persistent-contact-association.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ValueInput } from '../builder/inputs.js';

/** Options of {@link enablePersistentChat}. */
export interface EnablePersistentChatOptions {
  /**
   * `entirePastSession` restores the whole past chat session (give the first contact id of that
   * session); `fromSegment` restores from one past chat contact on (give that contact's id).
   */
  readonly rehydration: 'entirePastSession' | 'fromSegment';
  /** The past chat contact id, usually a user-defined attribute the chat widget passed in. */
  readonly sourceContactId: ValueInput;
}

const rehydrationTypes = {
  entirePastSession: 'ENTIRE_PAST_SESSION',
  fromSegment: 'FROM_SEGMENT',
} as const;

/**
 * Create persistent contact association: makes the current chat continue a past conversation,
 * whole or from one segment. Chat only; other channels take Error. Do not also pass
 * `SourceContactId` to StartChatContact for the same chat.
 *
 * @example
 * ```ts
 * import { attribute, disconnect, enablePersistentChat } from '@contactflow/dsl';
 * const bye = disconnect();
 * enablePersistentChat({
 *   rehydration: 'entirePastSession',
 *   sourceContactId: attribute('previousContactId'),
 * })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const enablePersistentChat = defineBlockBuilder(
  spec,
  (options: EnablePersistentChatOptions, context) => {
    const rehydrationType = rehydrationTypes[options.rehydration];
    if (rehydrationType === undefined) {
      context.problem(
        'invalid-option',
        `rehydration takes 'entirePastSession' or 'fromSegment', not ${JSON.stringify(options.rehydration)}.`,
      );
    }
    return {
      parameters: {
        // No export of a configured block shows how the console spells these; the service API's
        // own values are the documented ones.
        RehydrationType: rehydrationType ?? String(options.rehydration),
        SourceContactId: context.value(options.sourceContactId, 'sourceContactId'),
      },
    };
  },
);
