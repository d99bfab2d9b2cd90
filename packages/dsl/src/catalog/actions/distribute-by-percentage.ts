import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';
import { integerPattern } from '../schema/integer-pattern.js';

export const distributeByPercentage = defineAction({
  type: 'DistributeByPercentage',
  category: 'flow-control',
  summary: 'Draws a random number from 1 to 100 and branches on cumulative percentage thresholds.',
  status: 'documented',
  parameters: noParameters,
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingCondition',
        description:
          'The number falls above every threshold: the remaining share (the console\'s "Default").',
        connect: 'required',
      },
    ],
    conditions: {
      result: 'A random whole number from 1 to 100, drawn per contact.',
      operators: ['NumberLessThan'],
      operand: {
        kind: 'pattern',
        pattern: `^(?:${integerPattern(0, 100)})$`,
        description: 'a cumulative threshold, a whole number from 0 to 100',
      },
    },
  },
  channels: allDocumentedChannels,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: { Percentages: ['20', '40'] },
        reason: 'takes no parameters; the split is written as NumberLessThan conditions',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-distributebypercentage.html',
    'guide L30198-30271',
  ],
  decisions: [
    {
      decision: 'Conditions use the operator NumberLessThan.',
      reason:
        'The action page says "NumericLessThan", which is not one of the operators the Flow language ' +
        'defines; it is a typo for NumberLessThan, the spelling of the operator table and of ' +
        'third-party exports of this action.',
    },
    {
      decision: 'Each threshold is a whole number from 0 to 100, cumulative in condition order.',
      reason:
        'Percentages are 0..100 and their sum may not exceed 100, the rest going to Default ' +
        '(guide L30232-30258, VR-43). The operand is the running total, so it also stays within ' +
        '0..100; that thresholds never decrease along the list is a validator rule, not a schema one.',
    },
    {
      decision: 'Outbound whisper flows are allowed.',
      reason:
        'The action page excludes whisper flows, but the guide lists Outbound whisper for Distribute ' +
        'by percentage (L30218-30231) and the action must cover every flow type of its block.',
    },
    {
      decision: 'NextAction is optional.',
      reason: 'Every outcome is a condition or NoMatchingCondition.',
    },
  ],
});
