import { defineBlock } from '../block-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const setRoutingCriteria = defineBlock({
  id: 'set-routing-criteria',
  name: 'Set routing criteria',
  builder: 'setRoutingCriteria',
  summary:
    'Sets proficiency-based routing steps on the contact; the next Transfer to queue activates them.',
  variants: [
    {
      mode: 'set',
      actionType: 'UpdateRoutingCriteria',
      description: 'Always; steps are set manually or taken whole from a Lambda result.',
    },
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: allDocumentedChannels,
  sources: [
    'guide L32318-32519',
    'https://docs.aws.amazon.com/connect/latest/devguide/flow-control-actions-updateroutingcriteria.html',
  ],
  decisions: [
    {
      decision: 'The block has Success and Error branches.',
      reason:
        'The guide has no "configured block" section for this block, so it names no branches. ' +
        'UpdateRoutingCriteria documents NoMatchingError and continues through NextAction, which gives ' +
        'exactly Success and Error.',
    },
    {
      decision: 'The block compiles to the documented type UpdateRoutingCriteria.',
      reason:
        'One aws-samples repository reports UpdateContactRoutingCriteria as the accepted type string, ' +
        'while the Flow-language reference documents UpdateRoutingCriteria; the corpus has neither. ' +
        'The documented spelling wins until a console export shows otherwise.',
    },
    {
      decision: 'Voice, chat and task are supported.',
      reason:
        'The block has no channel table and no row in the channel matrix; the guide says criteria can ' +
        'be set for contacts of every channel such as voice, chat and task (L32320-32323), and the ' +
        'action reference says all channels.',
    },
  ],
});
