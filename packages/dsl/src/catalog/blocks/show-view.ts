import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';

export const showView = defineBlock({
  id: 'show-view',
  name: 'Show view',
  builder: 'showView',
  summary:
    'Shows a view (a step-by-step guide page) to a user such as an agent, and branches on the action they take.',
  variants: [{ mode: 'view', actionType: 'ShowView', description: 'Always.' }],
  branches: [
    {
      name: 'Back / Next / <view action>',
      method: 'when',
      target: { kind: 'conditions' },
      description:
        'One branch per action the chosen view can return, e.g. Back and Next for a wizard view.',
    },
    {
      name: 'No match',
      method: 'otherwise',
      target: { kind: 'error', errorType: 'NoMatchingCondition' },
      description: 'The view returned an action value that no branch names.',
    },
    error,
    {
      name: 'Timeout',
      method: 'onTimeout',
      target: { kind: 'error', errorType: 'TimeLimitExceeded' },
      description: 'The user did not act within the time limit.',
    },
  ],
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW']),
  channels: {
    ...supportedOn(['CHAT'], { onUnsupported: 'Error' }),
    CHAT: {
      support: 'yes',
      note: "The guide is delivered as its own chat contact, separate from the customer's contact.",
    },
  },
  sources: [
    'guide L32935-33026',
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-showview.html',
  ],
  decisions: [
    {
      decision:
        "The view's actions (Back, Next and others) are user conditions, not fixed branches.",
      reason:
        'The guide lists Back and Next for the view it shows (L33018-33022), but the operands depend ' +
        'on the view: a corpus console export of the Cards view branches on ActionSelected, Back and ' +
        'NoMatchFound. ShowView compares the returned action with Equals, so each one is a condition.',
    },
    {
      decision: 'The block is allowed in inbound flows (plus the campaign/module extension) only.',
      reason:
        'The guide lists the inbound flow only (L32976-32981); the ShowView action page also allows ' +
        'customer queue flows. The block follows the guide; the action keeps its own wider list.',
    },
  ],
});
