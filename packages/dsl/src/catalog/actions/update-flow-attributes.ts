import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { literal, map, object, text } from '../schema/builders.js';

export const updateFlowAttributes = defineAction({
  type: 'UpdateFlowAttributes',
  category: 'flow-control',
  summary: 'Sets flow attributes ($.FlowAttributes.<key>), which live only in the current flow.',
  status: 'documented',
  parameters: object(
    'The attributes to set, all or none.',
    {
      FlowAttributes: map(
        'Attribute name to value; read later as $.FlowAttributes.<name>.',
        object(
          'One attribute.',
          {
            Value: text('The value; may embed references such as $.CustomerEndpoint.Address.', {
              minLength: 1,
            }),
            Type: literal('Value type, written by some tools; the console omits it.', {
              enum: ['String'],
            }),
          },
          { required: ['Value'] },
        ),
        { keyPattern: '^[^$.]+$', minProperties: 1 },
      ),
    },
    { required: ['FlowAttributes'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The attributes could not be set.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: {
    ...allDocumentedChannels,
    EMAIL: { support: 'yes', note: 'The action page says all channels.' },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { FlowAttributes: { callerNumber: { Value: '$.CustomerEndpoint.Address' } } },
      {
        FlowAttributes: {
          retries: { Value: '0' },
          greeting: { Value: 'Hello $.Attributes.firstName' },
        },
      },
    ],
    invalid: [
      {
        parameters: { FlowAttributes: { retries: '0' } },
        reason: 'each value is an object with Value',
      },
      { parameters: { FlowAttributes: {} }, reason: 'nothing to set' },
      {
        parameters: { FlowAttributes: { 'customer.tier': { Value: 'gold' } } },
        reason: 'attribute names must not contain "." or "$"',
      },
      { parameters: { FlowAttributes: { retries: { Value: '' } } }, reason: 'empty value' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/devguide/flow-control-actions-updateflowattributes.html',
    'guide L31801-31934',
    'guide L39802-39847',
  ],
  decisions: [
    {
      decision: 'Each attribute is written as { "Value": "..." }.',
      reason:
        'The action page renders the value type garbled ({"Type": {FlowAttribute: "Value"}}). All ten ' +
        'corpus console exports (asappinc module, aws-samples gitlab-cicd, photosphere) use an object ' +
        'whose only member is Value, and a third-party project reports the service complains of a ' +
        'missing Value otherwise.',
    },
    {
      decision: 'An optional Type "String" is accepted beside Value.',
      reason:
        'No console export writes it, but the same third-party project publishes flows with ' +
        '{ Type: "String", Value } and reports them accepted; rejecting it would flag working flows.',
    },
    {
      decision: 'NoMatchingError is an error of this action and must be connected.',
      reason:
        'The action page says there are no errors, but every corpus export carries a NoMatchingError ' +
        'branch, the Set contact attributes block shows Error for every target, and a third-party ' +
        'project reports the service requires the entry.',
    },
    {
      decision: 'Values are text that may embed references; empty values are rejected.',
      reason:
        'The page says nothing about value classes. Exports hold whole JSONPaths and text with an ' +
        'embedded one ("arn:aws:lambda:$.AwsRegion:..."), as for contact attributes. Empty strings ' +
        'are reported rejected by the service for attributes.',
    },
    {
      decision: 'Attribute names may not contain "$" or "."; at least one attribute is required.',
      reason:
        'The guide forbids both characters in destination keys (VR-47); an empty map sets nothing.',
    },
  ],
});
