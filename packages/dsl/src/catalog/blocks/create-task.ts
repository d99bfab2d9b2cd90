import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const createTask = defineBlock({
  id: 'create-task',
  name: 'Create task',
  builder: 'createTask',
  summary:
    'Creates a task, by hand or from a task template, that runs a flow now or at a scheduled time.',
  variants: [
    {
      mode: 'manual',
      actionType: 'CreateTask',
      match: [{ parameter: 'TaskTemplateId', present: false }],
      description: 'Create manually: every task setting is given in the block.',
    },
    {
      mode: 'template',
      actionType: 'CreateTask',
      match: [{ parameter: 'TaskTemplateId', present: true }],
      description:
        'Use template: fields filled by the template cannot be overridden; a flow is needed when the ' +
        'template names none.',
    },
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29773-29887',
    'guide L1704-1720',
    'https://docs.aws.amazon.com/connect/latest/APIReference/createtask.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'The two creation modes are told apart by whether TaskTemplateId is present.',
      reason:
        'The guide offers "Create manually" and "Use template" (L29817-29833), and TaskTemplateId is ' +
        'the only parameter of CreateTask that exists in template mode alone.',
    },
    emailFromBlockChannelTable,
  ],
});
