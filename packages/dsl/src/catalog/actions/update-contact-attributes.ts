import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, jsonPathSource, map, object, text } from '../schema/builders.js';

// A literal key without the JSONPath delimiters, or a whole JSONPath whose value names the key.
const attributeKeyPattern = `^(?:[^$.]+|${jsonPathSource})$`;

export const updateContactAttributes = defineAction({
  type: 'UpdateContactAttributes',
  category: 'contact',
  summary:
    'Sets user-defined contact attributes ($.Attributes.*) on the current or the related contact, all or none.',
  status: 'documented',
  parameters: object(
    'The attributes to set.',
    {
      Attributes: map(
        'Attribute name to value. Names must not contain "$" or "."; a whole JSONPath as the name sets the attribute that path names.',
        text(
          'Value; may embed references ("$.Customer.FirstName $.Customer.LastName"). An empty string clears it.',
        ),
        { keyPattern: attributeKeyPattern, minProperties: 1 },
      ),
      TargetContact: choice('Current (default) or Related, the contact created as related.', [
        'Current',
        'Related',
      ]),
    },
    { required: ['Attributes'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The attributes could not be set (e.g. the 32 KB total would be exceeded).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        Attributes: { tier: 'gold', callerName: '$.Lex.Slots.CallerName' },
        TargetContact: 'Current',
      },
      { Attributes: { greeting: 'Hello $.Customer.FirstName' } },
      {
        Attributes: { '$.External.attributeKey': '$.External.attributeValue' },
        TargetContact: 'Related',
      },
    ],
    invalid: [
      {
        parameters: { Attributes: { 'customer.tier': 'gold' } },
        reason: 'a "." in an attribute name',
      },
      {
        parameters: { Attributes: { tier: 'gold' }, TargetContact: 'Flow' },
        reason: 'flow attributes use UpdateFlowAttributes',
      },
      { parameters: { Attributes: {} }, reason: 'nothing to set' },
      { parameters: { Attributes: { tier: 5 } }, reason: 'values are text' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactattributes.html',
    'guide L31801-31934, L38946-38993',
  ],
  decisions: [
    {
      decision:
        'Attribute names must not contain "$" or "." unless the whole name is one JSONPath.',
      reason:
        'The guide forbids the JSONPath delimiters in destination keys (L31903-31906, VR-47). The ' +
        'page says keys may be dynamic, and a console export in aws-samples/amazon-connect-' +
        'rules-engine writes keys such as "$.External.CurrentRule_attributeKey0" with useDynamic ' +
        'set in its metadata, so a whole-JSONPath key is accepted.',
    },
    {
      decision: 'TargetContact is optional.',
      reason:
        'The page writes it without "[Optional]", but console exports in the corpus (aws-ia, ' +
        'rules-engine, photosphere) omit it, meaning the current contact.',
    },
    {
      decision: 'At least one attribute is required; the 32 KB total is not checked.',
      reason:
        'An empty map sets nothing and the console always writes one pair. The 32 KB limit ' +
        'applies to the resolved values of all attributes of the contact, which the schema cannot see.',
    },
    {
      decision: 'Email support is left unknown.',
      reason:
        'The page says "any channel", but the guide predates email and no email source was found for this block.',
    },
  ],
});
