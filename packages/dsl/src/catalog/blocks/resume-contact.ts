import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const resumeContact = defineBlock({
  id: 'resume-contact',
  name: 'Resume contact',
  builder: 'resumeContact',
  summary: 'Takes a paused task out of its paused state so that work on it can continue.',
  variants: [{ mode: 'resume', actionType: 'ResumeContact', description: 'Always.' }],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: supportedOn(['TASK'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  sources: [
    'guide L31577-31614',
    'https://docs.aws.amazon.com/connect/latest/adminguide/resume-contact.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactresumecontact.html',
  ],
  decisions: [
    {
      decision: 'The block has a Success branch as well as Error.',
      reason:
        'The guide only says the configured block "has an Error event branch" (L31612-31614), but its ' +
        'own tip puts a Transfer to queue after the block so that a resumed, dequeued task is queued ' +
        'again (L31606-31611), and ResumeContact is not terminal and continues through NextAction. ' +
        'Success is that continuation.',
    },
    {
      decision: 'Email is unsupported and takes Error.',
      reason:
        'The Korean guide has no email column; the current English block page lists Email as ' +
        '"No - Error branch".',
    },
  ],
});
