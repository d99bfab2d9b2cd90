import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules, guideFlowTypes } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';
import { allBlocksExportSource, observedTypesSource } from './shared-observed.js';

export const loadContactContent = defineAction({
  type: 'LoadContactContent',
  category: 'contact',
  summary:
    "Downloads the plain-text body of the contact's email into $.Email.EmailMessage.Plaintext (Get stored content).",
  status: 'observed',
  parameters: object(
    'What to load; only the email message exists today.',
    {
      ContentType: choice('The stored content to load.', ['EmailMessage']),
    },
    { required: ['ContentType'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The body is over 32 KB, cannot be downloaded from S3, or has no plain-text version.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['EMAIL']),
  flowTypes: alsoInCampaignsAndModules(guideFlowTypes),
  examples: {
    valid: [{ ContentType: 'EmailMessage' }],
    invalid: [
      { parameters: {}, reason: 'ContentType is required' },
      { parameters: { ContentType: 'EmailAttachment' }, reason: 'only EmailMessage can be loaded' },
      {
        parameters: { ContentType: 'EmailMessage', Format: 'Plaintext' },
        reason: 'Format is not a parameter',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/get-stored-content.html',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision: 'The parameter schema is closed: ContentType is required and must be EmailMessage.',
      reason:
        'Unlike the other observed types, the admin guide block page prints the Flow-language form of the ' +
        'action with ContentType as its only parameter and EmailMessage as its only value, and a third-party ' +
        'console export writes exactly that.',
    },
    {
      decision: 'Email only; on voice, chat and task the unsupported branch is not named.',
      reason:
        'The block page marks those channels "No" without saying which branch the contact takes.',
    },
    {
      decision: 'Allowed in the nine guide flow types (plus campaign flows and modules).',
      reason:
        'The block page lists all nine flow types and the disconnect flow, which is an inbound-type flow.',
    },
  ],
});
