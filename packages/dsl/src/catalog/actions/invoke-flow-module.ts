import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { object, resource } from '../schema/builders.js';
import {
  channelTableUrl,
  consoleAllBlocksExport,
  emailFromChannelTable,
} from './shared-contact-actions.js';

export const invokeFlowModule = defineAction({
  type: 'InvokeFlowModule',
  category: 'contact',
  summary: 'Runs a published flow module, then continues when the module returns.',
  status: 'documented',
  parameters: object(
    'The module to run.',
    {
      FlowModuleId: resource(
        'flow-module',
        'Published module to run: id or ARN (a version or alias may be appended), or set dynamically.',
        { valueClass: 'text' },
      ),
    },
    { required: ['FlowModuleId'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The module could not be run (not published, not found, or failed).',
        connect: 'required',
      },
      {
        type: 'NoMatchingCondition',
        description:
          'The module returned through a branch the flow does not handle (newer console exports).',
        connect: 'optional',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: ['CONTACT_FLOW', 'CAMPAIGN'],
  examples: {
    valid: [
      { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
      {
        FlowModuleId:
          'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/flow-module/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      },
      { FlowModuleId: '$.FlowAttributes.moduleId' },
    ],
    invalid: [
      { parameters: {}, reason: 'FlowModuleId is required' },
      { parameters: { FlowModuleId: '' }, reason: 'empty module id' },
      {
        parameters: { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', ModuleVersion: '2' },
        reason: 'unknown parameter',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions-invoke-flow-module.html',
    'guide L31028-31062, L34494-34526',
    channelTableUrl,
    consoleAllBlocksExport,
  ],
  decisions: [
    {
      decision: 'Inbound and campaign flows only; not inside modules.',
      reason:
        "The action page, the guide's block page (L31049-31054) and the modules chapter " +
        '(L34494-34500) all limit it to inbound flows, and the guide says a module cannot call ' +
        'another (L34517). This is one of the named exceptions to the catalog-wide module ' +
        'extension; campaign flows keep it because they are inbound-type flows. A third-party ' +
        'report of nesting up to five levels is not relied on.',
    },
    {
      decision:
        'NoMatchingCondition is accepted but optional; conditions for custom module branches are not modelled.',
      reason:
        'A recent designer export writes NoMatchingCondition beside NoMatchingError on Invoke module, ' +
        'which points at module return branches (Settings.Transitions) being matched as conditions; ' +
        'the corpus exports, older, carry NoMatchingError only. No source shows the conditions ' +
        'themselves, so they stay unsupported until an export with a custom branch is seen. Unsure.',
    },
    {
      decision: 'An action without FlowModuleId is rejected.',
      reason:
        'The parameter is required by the action page; the one corpus export without it is an ' +
        'unconfigured block in a template of all blocks.',
    },
    emailFromChannelTable,
  ],
});
