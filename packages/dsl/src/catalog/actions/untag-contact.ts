import { defineAction } from '../action-spec.js';
import { observedTypesSource } from './shared-observed.js';
import { unTagContact } from './un-tag-contact.js';

// The same action as UnTagContact under the spelling the service is reported to accept: one
// contract, two type strings, so the two cannot drift apart.
export const untagContact = defineAction({
  ...unTagContact,
  type: 'UntagContact',
  summary:
    'Removes user-defined tags from the current contact (Contact tags, un-tag mode); the spelling the service accepts.',
  status: 'observed',
  sources: [...unTagContact.sources, observedTypesSource],
  decisions: [
    {
      decision:
        'UntagContact gets an entry of its own, as an observed type with the contract of UnTagContact.',
      reason:
        'The reference spells the action UnTagContact, but an aws-samples list verified against ' +
        'CreateContactFlow gives UntagContact, and an independent builder library that tests every action ' +
        'against the live API reports UnTagContact rejected as an unknown type and UntagContact accepted. ' +
        'Two independent live checks outweigh the page title; both spellings are kept until one is ruled out.',
    },
  ],
});
