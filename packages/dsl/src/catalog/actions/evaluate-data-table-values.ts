import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { array, dynamic, literal, object, undocumentedParameters } from '../schema/builders.js';
import { allBlocksExportSource, observedTypesSource } from './shared-observed.js';

const primaryValue = object(
  'Exact-match filter on one primary attribute of the table.',
  {
    AttributeName: literal('Primary attribute name.', { minLength: 1 }),
    Value: dynamic('Value to match, literal or one JSONPath ($.Attributes.customerId).'),
  },
  { additionalProperties: true },
);

const query = object(
  'One lookup; its results are read as $.DataTables.<QueryName>.<attribute>.',
  {
    QueryName: literal('Name of the query, unique within the block.', { minLength: 1 }),
    Attributes: array('Attributes to return.', literal('Attribute name.', { minLength: 1 }), {
      minItems: 1,
    }),
    PrimaryValues: array('Primary-attribute filters.', primaryValue),
  },
  { additionalProperties: true },
);

export const evaluateDataTableValues = defineAction({
  type: 'EvaluateDataTableValues',
  category: 'interaction',
  summary:
    'Reads values from a Connect data table (Data Table block, "Evaluate data table values").',
  status: 'observed',
  parameters: undocumentedParameters(
    'The data table and up to five queries. Not in the Flow-language reference.',
    {
      DataTableId: dynamic('Id or ARN of the data table.', { minLength: 1 }),
      Queries: array('Lookups to run, one to five.', query, { minItems: 1, maxItems: 5 }),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The table could not be read.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        DataTableId: 'arn:aws:connect:us-east-1:111122223333:instance/abc/data-table/def',
        Queries: [
          {
            QueryName: 'CustomerLookup',
            Attributes: ['accountStatus', 'routingQueue'],
            PrimaryValues: [{ AttributeName: 'customerId', Value: '$.Attributes.customerId' }],
          },
        ],
      },
    ],
    invalid: [
      {
        parameters: { DataTableId: 'def', Queries: [] },
        reason: 'at least one query is needed',
      },
      {
        parameters: {
          DataTableId: 'def',
          Queries: [1, 2, 3, 4, 5, 6].map((n) => ({ QueryName: `Q${n}`, Attributes: ['a'] })),
        },
        reason: 'at most five queries per block',
      },
      {
        parameters: { DataTableId: 'def', Queries: [{ QueryName: 'Q', Attributes: [] }] },
        reason: 'a query returns at least one attribute',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/data-table-block.html',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision:
        'The type is catalogued as observed, with an open parameter schema and open query objects.',
      reason:
        'No Flow-language page exists and the corpus has none. The type and the top-level names (DataTableId, ' +
        'Queries) come from a third-party console export of an unconfigured block; the query fields ' +
        '(QueryName, Attributes, PrimaryValues.AttributeName/Value) come from one community builder library.',
    },
    {
      decision: 'Queries holds one to five entries and each query returns at least one attribute.',
      reason:
        'The Data Table block page allows up to five queries and requires at least one per evaluate block.',
    },
    {
      decision: 'DataTableId is a literal or one JSONPath, not an instance resource.',
      reason:
        "The catalog's ResourceKind has no data-table kind yet, so the id cannot be resolved by name; the " +
        'string form keeps ids and ARNs valid meanwhile.',
    },
    {
      decision: 'All channels (email included) and all flow types.',
      reason:
        'The Data Table block page marks voice, chat, task and email "Yes" and lists all flows.',
    },
  ],
});
