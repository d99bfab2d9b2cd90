import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';

const perCondition = defineBranch({
  name: 'Pressed <key> / <intent>',
  method: 'when',
  target: { kind: 'conditions' },
  description: 'One branch per key (DTMF) or intent (Lex) the flow names.',
});
const timeout = defineBranch({
  name: 'Timeout',
  method: 'onTimeout',
  target: { kind: 'error', errorType: 'InputTimeLimitExceeded' },
  description: 'The customer did not answer in time.',
});
const otherwise = defineBranch({
  name: 'Default',
  method: 'otherwise',
  target: { kind: 'error', errorType: 'NoMatchingCondition' },
  description: 'The answer matched no condition.',
});

export const getCustomerInput = defineBlock({
  id: 'get-customer-input',
  name: 'Get customer input',
  builder: 'getCustomerInput',
  summary: 'Plays a prompt and branches on the key pressed or the Amazon Lex intent recognised.',
  variants: [
    {
      mode: 'dtmf',
      actionType: 'GetParticipantInput',
      preset: { StoreInput: 'False' },
      match: [{ parameter: 'StoreInput', notEquals: ['True'] }],
      description: 'Keypad input on voice.',
    },
    {
      mode: 'lex',
      actionType: 'ConnectParticipantWithLexBot',
      description: 'An Amazon Lex bot, on voice or chat.',
    },
  ],
  branches: [perCondition, timeout, otherwise, error],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: {
    ...supportedOn(['VOICE', 'TASK']),
    CHAT: { support: 'conditional', onUnsupported: 'Error', note: 'Only with Amazon Lex.' },
  },
  sources: ['guide L30324-30754'],
});
