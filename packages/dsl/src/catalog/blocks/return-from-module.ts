import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';

export const returnFromModule = defineBlock({
  id: 'return-from-module',
  name: 'Return (from module)',
  builder: 'returnFromModule',
  summary: 'Ends a flow module and hands the contact back to the flow that invoked it.',
  variants: [
    {
      mode: 'return',
      actionType: 'EndFlowModuleExecution',
      description: 'Always; Parameters and Transitions are both empty.',
    },
  ],
  branches: [],
  flowTypes: ['FLOW_MODULE'],
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L31615-31732',
    'https://docs.aws.amazon.com/connect/latest/adminguide/return-module.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/endflowmoduleexecution.html',
  ],
  decisions: [
    {
      decision: 'Only flow modules may use the block; it is not extended to campaign flows.',
      reason:
        'The guide marks every one of the nine flow types "No" and names modules as the only place ' +
        'the block exists (L31624-31646). The catalog-wide campaign/module extension applies to ' +
        'blocks allowed in inbound flows, which this one is not.',
    },
    {
      decision: 'The Return block carries no module result (no Result/ResultData parameters).',
      reason:
        'The guide shows the action with empty Parameters and Transitions (L31691-31699) and says the ' +
        'block needs no configuration (L31687-31690). Named module outputs seen in some console ' +
        'exports belong to the EndFlowModuleExecution schema, not to this block.',
    },
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
