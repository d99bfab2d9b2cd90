import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { array, literal, object } from '../schema/builders.js';
import { observedTypesSource } from './shared-observed.js';

export const untagContact = defineAction({
  type: 'UntagContact',
  category: 'contact',
  summary:
    'Removes user-defined tags from the current contact (Contact tags, un-tag mode); the spelling the service accepts.',
  status: 'observed',
  parameters: object(
    'The tag keys to remove.',
    {
      TagKeys: array(
        'Keys of the tags to remove; static.',
        literal('A tag key.', { minLength: 1, maxLength: 128 }),
        { minItems: 1 },
      ),
    },
    { required: ['TagKeys'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The tags could not be removed.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ TagKeys: ['campaign'] }, { TagKeys: ['Department', 'Priority'] }],
    invalid: [
      { parameters: { TagKeys: [] }, reason: 'no keys to remove' },
      {
        parameters: { Tags: { campaign: 'spring' } },
        reason: 'Tags belongs to TagContact; TagKeys is required',
      },
      { parameters: { TagKeys: 'campaign' }, reason: 'TagKeys is a list' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-untagcontact.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/block-support-by-channel.html',
    'guide L29660-29705',
    observedTypesSource,
  ],
  decisions: [
    {
      decision: 'UntagContact gets an entry of its own, as an observed type.',
      reason:
        'The reference spells the action UnTagContact, but an aws-samples list verified against ' +
        'CreateContactFlow gives UntagContact, and an independent builder library that tests every action ' +
        'against the live API reports UnTagContact rejected as an unknown type and UntagContact accepted. ' +
        'Two independent live checks outweigh the page title.',
    },
    {
      decision: 'The parameter schema is closed: TagKeys only, as documented for UnTagContact.',
      reason:
        'The action is the documented one under another spelling; the reference gives TagKeys as its only ' +
        'parameter and the live-tested library sends exactly { TagKeys: [...] }.',
    },
    {
      decision: 'Tag keys are static strings of 1 to 128 characters.',
      reason:
        "The reference marks TagKeys static; the length limit is the API's tag key limit (reference section 0).",
    },
    {
      decision: 'All channels and all flow types.',
      reason:
        'The reference says all flows and all channels; the guide lists the nine flow types, and the current ' +
        'channel table marks Contact tags "Yes" for email too.',
    },
  ],
});
