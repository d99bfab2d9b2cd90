import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules, guideFlowTypes } from '../flow-types.js';
import { dynamic, literal, undocumentedParameters } from '../schema/builders.js';
import { allBlocksExportSource, observedTypesSource } from './shared-observed.js';

export const createPersistentContactAssociation = defineAction({
  type: 'CreatePersistentContactAssociation',
  category: 'contact',
  summary:
    'Makes the current chat persistent by rehydrating the transcript of an earlier chat contact.',
  status: 'observed',
  parameters: undocumentedParameters(
    'Rehydration mode and the past contact to continue from. Not in the Flow-language reference.',
    {
      RehydrationType: literal(
        'Which part of the past chat to restore: the whole past session (ENTIRE_PAST_SESSION, give the ' +
          'first contact id of that session) or from one segment on (FROM_SEGMENT, give that contact id).',
        { minLength: 1 },
      ),
      SourceContactId: dynamic(
        'Contact id of the past chat, usually from a user-defined attribute ($.Attributes.previousContactId).',
        { minLength: 1 },
      ),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The association failed, or the contact is not a chat.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['CHAT'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  flowTypes: alsoInCampaignsAndModules(guideFlowTypes),
  examples: {
    valid: [
      { RehydrationType: 'ENTIRE_PAST_SESSION', SourceContactId: '$.Attributes.previousContactId' },
      {
        RehydrationType: 'FROM_SEGMENT',
        SourceContactId: 'a1b2c3d4-5678-90ab-cdef-111122223333',
      },
    ],
    invalid: [
      {
        parameters: { RehydrationType: 'FROM_SEGMENT', SourceContactId: '' },
        reason: 'an empty source contact id',
      },
      {
        parameters: { RehydrationType: ['FROM_SEGMENT'] },
        reason: 'RehydrationType is a single string',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/create-persistent-contact-association-block.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/block-support-by-channel.html',
    'guide L29706-29772, L23140-23340',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision: 'The type is catalogued as observed, with an open parameter schema.',
      reason:
        'No Flow-language page exists and the corpus has no instance; the type string and the two parameter ' +
        'names come from reference section 2.5 and a third-party console export. The names mirror the ' +
        'CreatePersistentContactAssociation API (RehydrationType, SourceContactId).',
    },
    {
      decision: 'RehydrationType is any non-empty string, not an enum of the two API values.',
      reason:
        'The API and a community library use ENTIRE_PAST_SESSION and FROM_SEGMENT, but the only console ' +
        'export seen writes the label "From Segment". Until an export of a configured block settles the ' +
        'encoding, an enum would risk rejecting what the console writes.',
    },
    {
      decision: 'SourceContactId may be a literal or one JSONPath.',
      reason:
        'The guide tells flow authors to supply the source contact id programmatically from a user-defined ' +
        'attribute (L23206-23212).',
    },
    {
      decision: 'Chat only (voice, task and email take Error); all nine guide flow types.',
      reason:
        'The Korean guide and the current block page agree on the channels and flow types; the current channel ' +
        'table adds email as "No - Error branch".',
    },
  ],
});
