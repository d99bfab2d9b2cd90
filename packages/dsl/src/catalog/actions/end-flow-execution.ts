import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';

export const endFlowExecution = defineAction({
  type: 'EndFlowExecution',
  category: 'flow-control',
  summary: 'Ends the current flow without disconnecting the contact (End flow / Resume).',
  status: 'documented',
  parameters: noParameters,
  transitions: { nextAction: 'forbidden', errors: [], conditions: false },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [{}],
    invalid: [{ parameters: { Resume: 'True' }, reason: 'takes no parameters' }],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-endflowexecution.html',
    'guide L30272-30323',
  ],
  decisions: [
    {
      decision: 'Allowed in every flow type.',
      reason:
        'The action page limits it to whisper and customer queue flows, but the guide offers End ' +
        'flow / Resume in all flows and describes what it does in inbound and disconnect flows (it ' +
        'ends the contact like Disconnect, L30276-30281); the action must cover every flow type of ' +
        'that block. The corpus console exports use it in whisper, outbound whisper and customer ' +
        'queue flows only, and a third-party project reports the action page restriction, so a ' +
        'validator should warn (VR-17) rather than fail in the other types.',
    },
  ],
});
