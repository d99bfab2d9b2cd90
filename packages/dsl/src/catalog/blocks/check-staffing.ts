import { defineBlock, defineBranch } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

const staffed = defineBranch({
  name: 'True',
  method: 'whenStaffed',
  target: { kind: 'condition', operator: 'NumberGreaterThan', operand: '0' },
  description: 'At least one agent in the queue has the checked status.',
});
const notStaffed = defineBranch({
  name: 'False',
  method: 'whenNotStaffed',
  target: { kind: 'error', errorType: 'NoMatchingCondition' },
  description: 'No agent in the queue has the checked status.',
});

export const checkStaffing = defineBlock({
  id: 'check-staffing',
  name: 'Check staffing',
  builder: 'checkStaffing',
  summary:
    'Branches on whether agents of the working queue (or a chosen queue) are available, staffed or online.',
  variants: [
    {
      mode: 'staffed',
      actionType: 'CheckMetricData',
      preset: { MetricType: 'NumberOfAgentsStaffed' },
      match: [{ parameter: 'MetricType', equals: ['NumberOfAgentsStaffed'] }],
      description: 'Staffed: an agent has a free slot, is busy, or is in after contact work.',
    },
    {
      mode: 'available',
      actionType: 'CheckMetricData',
      preset: { MetricType: 'NumberOfAgentsAvailable' },
      match: [{ parameter: 'MetricType', equals: ['NumberOfAgentsAvailable'] }],
      description: 'Available: an agent has a free slot to take a contact.',
    },
    {
      mode: 'online',
      actionType: 'CheckMetricData',
      preset: { MetricType: 'NumberOfAgentsOnline' },
      match: [{ parameter: 'MetricType', equals: ['NumberOfAgentsOnline'] }],
      description: 'Online: an agent is available, staffed, or in a custom status.',
    },
  ],
  branches: [staffed, notStaffed, error],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29592-29659',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkmetricdata.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'True is the condition NumberGreaterThan "0"; False is the NoMatchingCondition branch.',
      reason:
        'The action reference allows only NumberGreaterThan "0" for the NumberOfAgents* metrics but says ' +
        'NoMatchingCondition exists only for the queue metrics. Console exports contradict the latter: ' +
        'crrice__connect-copy default-queue-transfer-content.json and aws-samples__amazon-connect-rules-engine ' +
        'RulesEngineQueue.json both write NoMatchingCondition for staffing checks, and in RulesEngineQueue ' +
        'it leads to a target of its own, so it is the False branch.',
    },
    {
      decision: 'Staffed is the default mode.',
      reason:
        'It is the status the AWS default queue transfer flow checks (crrice__connect-copy ' +
        'default-queue-transfer-content.json), and the guide gives no default.',
    },
    {
      decision: 'No console branch maps to NextAction; the compiler points it at the Error target.',
      reason:
        'Every CheckMetricData console export in the corpus sends NextAction where NoMatchingError goes, ' +
        'so it is the console fallback, not a branch a user connects.',
    },
    emailFromBlockChannelTable,
  ],
});
