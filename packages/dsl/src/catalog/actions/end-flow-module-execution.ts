import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { noParameters } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const endFlowModuleExecution = defineAction({
  type: 'EndFlowModuleExecution',
  category: 'contact',
  summary: 'Ends a flow module and returns to the flow that invoked it (the Return block).',
  status: 'documented',
  parameters: noParameters,
  transitions: { nextAction: 'forbidden', errors: [], conditions: false },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: ['FLOW_MODULE'],
  examples: {
    valid: [{}],
    invalid: [
      { parameters: { Result: 'Success' }, reason: 'takes no parameters (Result is not accepted)' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/endflowmoduleexecution.html',
    'guide L31615-31732',
    'https://docs.aws.amazon.com/connect/latest/adminguide/return-module.html',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Parameters must be {}; Result and ResultData are rejected.',
      reason:
        "The action page and the guide's flow-language sample (L31691-31699) show an empty object, " +
        'and all five Return actions in the corpus carry {} even in modules whose Settings declare ' +
        'Success and Error transitions. A third-party report of Result/ResultData in exports also ' +
        'says CreateContactFlowModule rejected them as unknown property names.',
    },
    {
      decision: 'Only inside flow modules.',
      reason:
        'The action page, the guide (L31624-31646) and the current block page all mark every one of ' +
        'the nine flow types "No"; the catalog-wide module extension does not apply in reverse.',
    },
    emailFromChannelTable,
  ],
});
