import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error, success } from './shared-branches.js';

const callFailed = defineBranch({
  name: 'Call failed',
  method: 'onCallFailed',
  target: { kind: 'error', errorType: 'CallFailed' },
  description: 'The call to the external number could not be placed or was rejected.',
});
const timeout = defineBranch({
  name: 'Timeout',
  method: 'onTimeout',
  target: { kind: 'error', errorType: 'ConnectionTimeLimitExceeded' },
  description: 'The third party did not answer within the timeout.',
});

export const transferToPhoneNumber = defineBlock({
  id: 'transfer-to-phone-number',
  name: 'Transfer to phone number',
  builder: 'transferToPhoneNumber',
  summary:
    'Transfers the caller to a phone number outside the instance, optionally resuming the flow afterwards.',
  variants: [
    {
      mode: 'resume',
      actionType: 'TransferParticipantToThirdParty',
      match: [{ parameter: 'ContinueFlowExecution', notEquals: ['False'] }],
      description:
        '"Resume flow after disconnect" on: the flow continues when the third party hangs up.',
      branches: [success, callFailed, timeout, error],
    },
    {
      mode: 'end-flow',
      actionType: 'TransferParticipantToThirdParty',
      preset: { ContinueFlowExecution: 'False' },
      match: [{ parameter: 'ContinueFlowExecution', equals: ['False'] }],
      description:
        '"Resume flow after disconnect" off: the flow ends once the call is transferred.',
      branches: [success, error],
    },
  ],
  branches: [success, callFailed, timeout, error],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  sources: [
    'guide L33420-33519',
    'https://docs.aws.amazon.com/connect/latest/adminguide/participant-actions-transferparticipanttothirdparty.html',
  ],
  decisions: [
    {
      decision: 'Call failed and Timeout exist only when the flow resumes after the transfer.',
      reason:
        'The guide lists all four branches for its example, which resumes (L33457-33463, ' +
        'L33507-33511). The action reference ties CallFailed and ConnectionTimeLimitExceeded to ' +
        'ContinueFlowExecution "True", and the corpus agrees: every action with "False" routes ' +
        'NoMatchingError only, every one with "True" routes all three errors.',
    },
    {
      decision: 'ContinueFlowExecution absent counts as resuming.',
      reason: 'The action reference gives "True" as its default.',
    },
  ],
});
