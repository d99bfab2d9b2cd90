import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { success } from './shared-branches.js';

export const setCallbackNumber = defineBlock({
  id: 'set-callback-number',
  name: 'Set callback number',
  builder: 'setCallbackNumber',
  summary: 'Sets the number a queued callback will dial, taken from an attribute.',
  variants: [{ mode: 'set', actionType: 'UpdateContactCallbackNumber', description: 'Always.' }],
  branches: [
    success,
    {
      name: 'Invalid number',
      method: 'onInvalidNumber',
      target: { kind: 'error', errorType: 'InvalidCallbackNumber' },
      description: 'The attribute does not hold a valid phone number.',
    },
    {
      name: 'Not dialable',
      method: 'onNotDialable',
      target: { kind: 'error', errorType: 'CallbackNumberNotDialable' },
      description: 'The number is valid but the instance is not allowed to call it.',
    },
  ],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Invalid number',
    email: { support: 'no', onUnsupported: 'Invalid number' },
  }),
  sources: [
    'guide L31733-31800',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-callback-number.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactcallbacknumber.html',
  ],
  decisions: [
    {
      decision: 'Chat, task and email contacts take the Invalid number branch, not Error.',
      reason:
        'The Korean guide says "No - Error branch" for chat and task (L31739-31746), but the block ' +
        'has no Error branch and UpdateContactCallbackNumber lists no NoMatchingError. The current ' +
        'English block page says "No - Invalid number branch" for chat, task and email, which fits ' +
        'the branches that exist.',
    },
    {
      decision: 'There is no Error branch.',
      reason:
        'The guide names Success, Invalid number and Not dialable only (L31773-31783); the action ' +
        'reference lists InvalidCallbackNumber and CallbackNumberNotDialable and no generic error, and ' +
        'a console export in the corpus writes exactly those two error types.',
    },
  ],
});
