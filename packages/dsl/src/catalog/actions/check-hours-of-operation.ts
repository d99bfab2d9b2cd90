import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { object, resource } from '../schema/builders.js';

export const checkHoursOfOperation = defineAction({
  type: 'CheckHoursOfOperation',
  category: 'flow-control',
  summary: 'Checks whether now is within the hours of operation and branches on the answer.',
  status: 'documented',
  parameters: object("Which hours to check; the working queue's hours when omitted.", {
    HoursOfOperationId: resource('hours-of-operation', 'Hours of operation (id or ARN).'),
  }),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The hours could not be checked (no queue, an agent queue, a bad id).',
        connect: 'required',
      },
    ],
    conditions: {
      result: '"True" when within the hours, "False" otherwise.',
      operators: ['Equals'],
      operand: { kind: 'enum', values: ['True', 'False'] },
      requiredOperands: ['True', 'False'],
    },
  },
  channels: allDocumentedChannels,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      {},
      { HoursOfOperationId: 'arn:aws:connect:us-east-1:111122223333:instance/i/operating-hours/h' },
    ],
    invalid: [{ parameters: { HoursOfOperationId: '' }, reason: 'empty id' }],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkhoursofoperation.html',
    'guide L29308-29375',
  ],
  decisions: [
    {
      decision: 'NextAction is optional.',
      reason:
        'Both outcomes are conditions (Equals True / Equals False); console exports still write ' +
        'a NextAction, which the service accepts.',
    },
  ],
});
