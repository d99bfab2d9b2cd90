import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { jsonPath, object } from '../schema/builders.js';

export const compare = defineAction({
  type: 'Compare',
  category: 'flow-control',
  summary: 'Branches on the value found at one JSONPath reference (Check contact attributes).',
  status: 'documented',
  parameters: object(
    'The value to compare.',
    {
      ComparisonValue: jsonPath(
        'One whole JSONPath down to a leaf, e.g. $.Attributes.tier or $.External.status.',
      ),
    },
    { required: ['ComparisonValue'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingCondition',
        description: 'No condition holds (the console\'s "No match").',
        connect: 'required',
      },
    ],
    conditions: {
      result: 'The referenced value, compared as text or as a number depending on the operator.',
      operators: [
        'Equals',
        'TextStartsWith',
        'TextEndsWith',
        'TextContains',
        'NumberGreaterThan',
        'NumberGreaterOrEqualTo',
        'NumberLessThan',
        'NumberLessOrEqualTo',
      ],
      operand: {
        kind: 'pattern',
        pattern: String.raw`^[\s\S]+$`,
        description: 'any non-empty text or one JSONPath; matching is case-sensitive',
      },
    },
  },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { ComparisonValue: '$.Attributes.customerTier' },
      { ComparisonValue: '$.Metrics.Agents.Online.Count' },
      { ComparisonValue: "$.Attributes.['preferred language']" },
    ],
    invalid: [
      { parameters: {}, reason: 'ComparisonValue is required' },
      {
        parameters: { ComparisonValue: 'gold' },
        reason: 'a literal is not a reference; the value compared must come from a JSONPath',
      },
      {
        parameters: { ComparisonValue: 'Tier is $.Attributes.customerTier' },
        reason: 'the JSONPath must be the whole value',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-compare.html',
    'guide L29191-29307',
    'guide L40607-40620',
  ],
  decisions: [
    {
      decision: 'ComparisonValue must be one whole JSONPath; literals are rejected.',
      reason:
        'The action page asks for a single JSONPath valid for the flow data, and all 89 Compare ' +
        'actions in the corpus (console exports) use one. The reference reports unknown roots are ' +
        'rejected, and a third-party project that publishes probes reports both a literal and a bare ' +
        'root such as $.External are rejected. Whether a root or attribute exists is left to the ' +
        'validator; the schema only checks the form.',
    },
    {
      decision: 'All eight operators are allowed; NoMatchingError is not an error of this action.',
      reason:
        'The action page lists the full operator set and only NoMatchingCondition; the reference ' +
        "records the service rejecting NoMatchingError here ('Invalid Action error'). Corpus exports " +
        'use Equals, TextContains and NumberGreaterThan.',
    },
    {
      decision: 'Condition operands must not be empty.',
      reason:
        'A third-party project reports the service rejects an empty operand ("Invalid branch"); an ' +
        'empty test has to be done another way (a Lambda returning a sentinel). The guide allows a ' +
        'dynamic operand, so any non-empty text or JSONPath passes.',
    },
    {
      decision: 'NextAction is optional.',
      reason:
        'Every outcome is a condition or NoMatchingCondition. Console exports write a NextAction equal ' +
        'to the No match target, and a compiler should do the same.',
    },
  ],
});
