import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const checkContactAttributes = defineBlock({
  id: 'check-contact-attributes',
  name: 'Check contact attributes',
  builder: 'checkContactAttributes',
  summary: 'Compares one attribute value with a list of conditions and takes the first that holds.',
  variants: [{ mode: 'compare', actionType: 'Compare', description: 'Always.' }],
  branches: [
    {
      name: '<condition>',
      method: 'when',
      target: { kind: 'conditions' },
      description: 'One branch per condition, tried in order; the first that holds wins.',
    },
    {
      name: 'No match',
      method: 'otherwise',
      target: { kind: 'error', errorType: 'NoMatchingCondition' },
      description: 'No condition holds.',
    },
  ],
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29191-29307',
    'guide L40607-40620',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-compare.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'The block has no Error branch.',
      reason:
        'The guide describes only the per-condition branches and No match (L29286-29290), and the ' +
        'service rejects NoMatchingError on Compare ("Invalid Action error", per the action reference).',
    },
    {
      decision:
        'No console branch maps to NextAction; the compiler points it at the No match target.',
      reason:
        'In the console exports of the corpus, a Compare NextAction always leads where ' +
        'NoMatchingCondition leads (e.g. aws-samples__amazon-connect-rules-engine, RulesEngineQueue.json); ' +
        'only the hand-written awsnolan__amazon-connect-copy dr_test_ivr fixture differs. It is the ' +
        'console fallback, not a branch a user connects.',
    },
    emailFromBlockChannelTable,
  ],
});
