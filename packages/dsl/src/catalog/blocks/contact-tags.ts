import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const contactTags = defineBlock({
  id: 'contact-tags',
  name: 'Contact tags',
  builder: 'tagContact',
  summary: 'Adds user-defined tags (key and value) to the contact, or removes them by key.',
  variants: [
    {
      mode: 'tag',
      actionType: 'TagContact',
      description: 'Sets up to six user-defined tags on the contact.',
    },
    {
      mode: 'untag',
      actionType: 'UntagContact',
      description:
        'Removes user-defined tags from the contact by key, spelled as the service accepts it.',
    },
    {
      mode: 'untag-documented',
      actionType: 'UnTagContact',
      description:
        'The same removal under the spelling of the Flow-language reference; recognised on import.',
    },
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29660-29705',
    'guide L7884-7947',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-tagcontact.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-untagcontact.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Every mode shows Success and Error, Error being NoMatchingError.',
      reason:
        'The guide shows the configured block with Success and Error (L29702-29705) without tying the ' +
        'branches to one mode. The UnTagContact page lists NoMatchingError; the TagContact page lists no ' +
        'error type, which the catalog reads as a gap in that page rather than a block without Error.',
    },
    {
      decision:
        'Untag mode is written as UntagContact; UnTagContact is kept as a second untag mode for import.',
      reason:
        'The reference spells the type UnTagContact, while an aws-samples list checked against ' +
        'CreateContactFlow and a live-tested builder library report UntagContact accepted and UnTagContact ' +
        'refused; the corpus shows neither. The action entries keep both spellings and advise writing ' +
        'UntagContact, so the builder default follows it and flows using the documented spelling still ' +
        'import as this block.',
    },
    {
      decision: 'Channels and flow types come from the block section alone.',
      reason:
        'Neither the definitions table nor the channel matrix has a row for Contact tags; the block ' +
        'section lists voice, chat and task as supported and allows every flow type (L29670-29691).',
    },
    emailFromBlockChannelTable,
  ],
});
