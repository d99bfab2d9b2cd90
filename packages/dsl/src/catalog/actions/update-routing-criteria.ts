import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { array, dynamic, integer, jsonPath, literal, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/** Proficiency levels are the whole numbers 1..5, written as numbers or as strings ("4.0"). */
const proficiencyLevel: JsonSchema = {
  type: ['number', 'string'],
  description: 'Minimum proficiency, 1.0 to 5.0 in whole steps.',
  minimum: 1,
  maximum: 5,
  multipleOf: 1,
  pattern: String.raw`^[1-5](?:\.0)?$`,
  'x-value-class': 'static',
};

const attributeCondition = object(
  'A requirement on one predefined attribute.',
  {
    Name: dynamic('Predefined attribute name, e.g. Language.', { minLength: 1, maxLength: 64 }),
    Value: dynamic('Attribute value, e.g. English, or one JSONPath.', {
      minLength: 1,
      maxLength: 64,
    }),
    ProficiencyLevel: proficiencyLevel,
    ComparisonOperator: literal('The only operator allowed.', { enum: ['NumberGreaterOrEqualTo'] }),
  },
  { required: ['Name', 'Value', 'ProficiencyLevel', 'ComparisonOperator'] },
);

const expression = object(
  'What an agent must meet in this step: one condition, or conditions that must all hold.',
  {
    AttributeCondition: attributeCondition,
    AndExpression: array(
      'Conditions that must all hold.',
      object(
        'One AND-ed condition.',
        { AttributeCondition: attributeCondition },
        {
          required: ['AttributeCondition'],
        },
      ),
      { minItems: 1, maxItems: 8 },
    ),
  },
  {
    exclusive: [['AttributeCondition', 'AndExpression']],
    atLeastOne: [['AttributeCondition', 'AndExpression']],
  },
);

const step = object(
  'One routing step.',
  {
    Expression: expression,
    Expiry: object(
      'When the step gives way to the next one; a step without it never expires.',
      { DurationInSeconds: integer('Seconds before the step expires; static only.') },
      { required: ['DurationInSeconds'] },
    ),
  },
  { required: ['Expression'] },
);

export const updateRoutingCriteria = defineAction({
  type: 'UpdateRoutingCriteria',
  category: 'flow-control',
  summary:
    'Sets proficiency-based routing steps on the contact, applied by the next Transfer to queue.',
  status: 'documented',
  parameters: object(
    'The routing criteria.',
    {
      RoutingCriteria: {
        description:
          'The steps, written out or taken whole from one JSONPath (a Lambda result such as $.External.MyRoutingCriteria).',
        anyOf: [
          object(
            'Routing steps tried in order.',
            {
              Steps: {
                description: 'The steps in order, or one JSONPath.',
                anyOf: [
                  array('The steps in order.', step, { minItems: 1 }),
                  jsonPath('Steps from a reference.'),
                ],
              },
            },
            { required: ['Steps'] },
          ),
          jsonPath('Routing criteria from a reference.'),
        ],
      },
    },
    { required: ['RoutingCriteria'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The criteria could not be set (bad dynamic value, unknown attribute).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      {
        RoutingCriteria: {
          Steps: [
            {
              Expression: {
                AndExpression: [
                  {
                    AttributeCondition: {
                      Name: 'Language',
                      Value: 'Spanish',
                      ProficiencyLevel: '4.0',
                      ComparisonOperator: 'NumberGreaterOrEqualTo',
                    },
                  },
                  {
                    AttributeCondition: {
                      Name: 'Product',
                      Value: '$.Attributes.product',
                      ProficiencyLevel: 2,
                      ComparisonOperator: 'NumberGreaterOrEqualTo',
                    },
                  },
                ],
              },
              Expiry: { DurationInSeconds: '30' },
            },
            {
              Expression: {
                AttributeCondition: {
                  Name: 'Language',
                  Value: 'Spanish',
                  ProficiencyLevel: 1,
                  ComparisonOperator: 'NumberGreaterOrEqualTo',
                },
              },
            },
          ],
        },
      },
      { RoutingCriteria: '$.External.MyRoutingCriteria' },
    ],
    invalid: [
      {
        parameters: {
          RoutingCriteria: {
            Steps: [
              {
                Expression: {
                  AttributeCondition: {
                    Name: 'Language',
                    Value: 'Spanish',
                    ProficiencyLevel: 4,
                    ComparisonOperator: 'NumberLessThan',
                  },
                },
              },
            ],
          },
        },
        reason: 'only NumberGreaterOrEqualTo is allowed',
      },
      {
        parameters: {
          RoutingCriteria: {
            Steps: [
              {
                Expression: {
                  AttributeCondition: {
                    Name: 'Language',
                    Value: 'Spanish',
                    ProficiencyLevel: 6,
                    ComparisonOperator: 'NumberGreaterOrEqualTo',
                  },
                },
              },
            ],
          },
        },
        reason: 'proficiency above 5',
      },
      { parameters: { RoutingCriteria: { Steps: [] } }, reason: 'no steps' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/devguide/flow-control-actions-updateroutingcriteria.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-routing-criteria.html',
    'guide L32318-32519',
  ],
  decisions: [
    {
      decision: 'This entry keeps the documented type name UpdateRoutingCriteria.',
      reason:
        'It is the name of the action page. An aws-samples repository ("verified against a console ' +
        'export") and a third-party project that publishes probe flows both report that the service ' +
        'rejects it as an unknown type and accepts UpdateContactRoutingCriteria instead; that spelling ' +
        'is not documented and belongs to a separate observed entry. The corpus has neither. A ' +
        'validator should warn that this spelling may not publish.',
    },
    {
      decision: 'RoutingCriteria, or its Steps, may be one whole JSONPath.',
      reason:
        'The action page says steps may be set statically or dynamically, and the guide sets the ' +
        'whole criteria from a Lambda result key (External namespace, L32382-32407).',
    },
    {
      decision: 'A written-out expression is one AttributeCondition or an AndExpression of 1..8.',
      reason:
        'The action page documents only these two. The guide allows OR only when the criteria are ' +
        'set dynamically (L32364-32370, VR-52), so OrExpression is left to the dynamic form. The ' +
        'guide says AND joins 2..8 attributes, but a third-party project reports a one-item ' +
        'AndExpression is accepted, so only the upper bound is enforced.',
    },
    {
      decision:
        'ProficiencyLevel is a whole number 1..5, as a JSON number or a string such as "4.0".',
      reason:
        'The action page gives the valid values 1.0 to 5.0 as floats; the guide sample writes ' +
        'numbers, and console exports write every scalar as a string.',
    },
    {
      decision:
        'Expiry.DurationInSeconds is a static whole number; the "every step but the last expires" rule is not in the schema.',
      reason:
        'The page says the duration is static only and the API model gives a minimum of 0. The rule ' +
        'about which steps need an expiry (L32378-32380) depends on position in the list and is a ' +
        'validator check.',
    },
    {
      decision: 'Email is supported.',
      reason: 'The action page says all channels and the current block page names email.',
    },
  ],
});
