import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { literal, undocumentedParameters } from '../schema/builders.js';
import {
  allBlocksExportSource,
  channelsNotDocumented,
  observedTypesSource,
} from './shared-observed.js';

export const createContact = defineAction({
  type: 'CreateContact',
  category: 'contact',
  summary:
    'Creates a new contact linked to the current one, such as the outbound email a later StartOutboundEmailContact sends.',
  status: 'observed',
  parameters: undocumentedParameters(
    'Channel of the new contact and which contact it is related to. Not in the Flow-language reference.',
    {
      Channel: literal('Channel of the new contact; exports write EMAIL.', { minLength: 1 }),
      RelatedContact: literal('Contact the new one is linked to; exports write CURRENT.', {
        minLength: 1,
      }),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The contact could not be created.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: channelsNotDocumented,
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ Channel: 'EMAIL', RelatedContact: 'CURRENT' }],
    invalid: [
      { parameters: { Channel: '', RelatedContact: 'CURRENT' }, reason: 'empty channel' },
      { parameters: { Channel: ['EMAIL'] }, reason: 'Channel is a single string' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateContact.html',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision: 'The type is catalogued as observed, with an open parameter schema.',
      reason:
        'No Flow-language page exists. Two console exports (one in the corpus) write it with the same two ' +
        'parameters and nothing else, which is too little to rule out the other fields the CreateContact API ' +
        'takes (name, description, attributes, references).',
    },
    {
      decision: 'Channel and RelatedContact are non-empty strings without an enum.',
      reason:
        "Only EMAIL and CURRENT have been seen. The API accepts VOICE, EMAIL and TASK, and the flow action's own " +
        'value set is undocumented, so narrowing to the seen values would be a guess.',
    },
    {
      decision: 'No channel or flow-type restriction is recorded.',
      reason:
        'The console writes this action as part of a larger designer block: in the corpus export it heads a ' +
        'block whose child action is StartOutboundEmailContact, in the third-party export it is a child of ' +
        "RenderMessageTemplate. No source gives that block's channel or flow-type limits.",
    },
  ],
});
