import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';
import {
  channelTableUrl,
  consoleAllBlocksExport,
  emailFromChannelTable,
} from './shared-contact-actions.js';

export const resumeContact = defineAction({
  type: 'ResumeContact',
  category: 'contact',
  summary: 'Resumes a paused task contact.',
  status: 'documented',
  parameters: noParameters,
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The contact could not be resumed (not a paused task, or another channel).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['TASK'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  flowTypes: allFlowTypes,
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: { ContactId: '$.ContactId' },
        reason: 'takes no parameters; it acts on the current contact',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactresumecontact.html',
    'guide L31577-31614',
    'https://docs.aws.amazon.com/connect/latest/adminguide/resume-contact.html',
    channelTableUrl,
    consoleAllBlocksExport,
  ],
  decisions: [
    {
      decision: 'NextAction is required although the guide names only an Error branch.',
      reason:
        "The guide's configured block mentions only Error (L31612-31614), but a designer export " +
        'writes a NextAction beside NoMatchingError, the reference treats the action as ' +
        'non-terminal, and the guide tells authors to follow it with Transfer to queue (L31606-31611).',
    },
    emailFromChannelTable,
  ],
});
