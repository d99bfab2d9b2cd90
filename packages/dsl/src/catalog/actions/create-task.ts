import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, integer, map, object, resource, text } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

// The page shows References as a plain key-to-value map; the task APIs model a reference as
// {Value, Type}. Both shapes are accepted until a console export settles it.
const reference: JsonSchema = {
  description: 'A reference shown on the task: its value, or {Value, Type}.',
  anyOf: [
    text('Reference value, e.g. a URL; may embed references.'),
    object(
      'Reference value and type.',
      {
        Value: text('Reference value; may embed references.'),
        Type: dynamic('Reference type, e.g. URL.', { minLength: 1 }),
      },
      { required: ['Value', 'Type'] },
    ),
  ],
};

export const createTask = defineAction({
  type: 'CreateTask',
  category: 'contact',
  summary:
    'Creates a task contact, by hand or from a task template, that runs a flow now or at a later time.',
  status: 'documented',
  parameters: object(
    'The new task: flow or template, name, details and schedule.',
    {
      ContactFlowId: resource(
        'flow',
        'Flow the task runs (id or ARN); optional when the template names one.',
      ),
      TaskTemplateId: resource('task-template', 'Task template to create the task from.', {
        valueClass: 'static',
      }),
      Name: text('Task name; may embed references.', { minLength: 1, maxLength: 512 }),
      Description: text('Task description; may embed references.', { maxLength: 4096 }),
      Attributes: map(
        'Contact attributes of the new task; keys and values may be dynamic.',
        text('Attribute value.'),
      ),
      References: map('References (such as links) shown to the agent, by name.', reference),
      DelaySeconds: integer('Seconds from now until the task starts (at most 6 days).', {
        minimum: 1,
        maximum: 518400,
        valueClass: 'jsonpath',
      }),
      ScheduledTime: dynamic(
        'When the task starts; from an attribute it must be a future Unix time in epoch seconds.',
        { minLength: 1 },
      ),
    },
    {
      required: ['Name'],
      exclusive: [['DelaySeconds', 'ScheduledTime']],
      atLeastOne: [['ContactFlowId', 'TaskTemplateId']],
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The task was not created (a past schedule time, a missing flow, or an old instance ' +
          'without connect:StartTaskContact permission).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: { ...allDocumentedChannels, EMAIL: { support: 'yes' } },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        ContactFlowId:
          'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000',
        Name: 'Call back $.Attributes.customerName',
        Description: 'Customer asked for a call back about order $.Attributes.orderId.',
        Attributes: { CustomerPhoneNumber: '$.CustomerEndpoint.Address' },
        References: { Order: { Value: 'https://example.com/orders/123', Type: 'URL' } },
        DelaySeconds: '3600',
      },
      {
        TaskTemplateId: '12345678-aaaa-bbbb-cccc-1234567890ab',
        Name: 'Follow-up',
        ScheduledTime: '$.Attributes.scheduledTaskTime',
      },
    ],
    invalid: [
      {
        parameters: {
          ContactFlowId: '66666666-7777-8888-9999-000000000000',
          Name: 'Follow-up',
          DelaySeconds: '60',
          ScheduledTime: '1767225600',
        },
        reason: 'DelaySeconds and ScheduledTime are mutually exclusive',
      },
      {
        parameters: {
          ContactFlowId: '66666666-7777-8888-9999-000000000000',
          Name: 'Follow-up',
          DelaySeconds: 604800,
        },
        reason: 'delay above 518400 seconds (6 days)',
      },
      { parameters: { Name: 'Follow-up' }, reason: 'neither a flow nor a template' },
      {
        parameters: { ContactFlowId: '66666666-7777-8888-9999-000000000000' },
        reason: 'Name is required',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/createtask.html',
    'guide L29773-29887, L1704-1720',
    channelTableUrl,
  ],
  decisions: [
    {
      decision:
        'ContactFlowId may be left out when TaskTemplateId is given; one of them is required.',
      reason:
        'The action page shows ContactFlowId without "[Optional]", but the guide says a flow must be ' +
        'named only when the chosen template has none (L29836-29839), so a template may supply it. ' +
        'Unsure: a third-party note says the service requires ContactFlowId on a hand-made task, ' +
        'which this rule keeps, but says nothing of template tasks.',
    },
    {
      decision: 'References accept a plain value or a {Value, Type} object.',
      reason:
        'The action page sketches References as a key-to-value map while the task APIs define a ' +
        'reference as {Value, Type}; no console export in the corpus shows which the block writes. ' +
        'Unsure: narrow this once an export is seen.',
    },
    {
      decision:
        'DelaySeconds and ScheduledTime may come from one JSONPath; ScheduledTime has no format check.',
      reason:
        'The page gives no value class for either; the guide sets the schedule from an attribute in ' +
        'epoch seconds (L29857-29870) but does not say how a literal time is written.',
    },
    {
      decision: 'Name is limited to 512 and Description to 4096 characters.',
      reason:
        'The action page gives no limits; these are the lengths the task APIs accept for the same ' +
        'fields, and a longer literal cannot produce a valid task.',
    },
    emailFromChannelTable,
  ],
});
