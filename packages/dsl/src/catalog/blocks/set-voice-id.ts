import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const setVoiceId = defineBlock({
  id: 'set-voice-id',
  name: 'Set Voice ID',
  builder: 'setVoiceId',
  summary:
    "Starts streaming the caller's audio to Amazon Connect Voice ID and sets the authentication and fraud-detection thresholds.",
  variants: [
    {
      mode: 'stream',
      actionType: 'StartVoiceIdStream',
      description: '"Start streaming audio to Voice ID"; the action takes no parameters.',
    },
    {
      mode: 'settings',
      actionType: 'UpdateContactData',
      match: [{ parameter: 'IsVoiceIdStreamingEnabled', present: true }],
      description:
        'Thresholds, response time and watchlist. The console writes them as an UpdateContactData ' +
        'action placed just before StartVoiceIdStream, as part of the same block.',
    },
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  sources: [
    'guide L32520-32675',
    'guide L87050-87054',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-startvoiceidstream.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactdata.html',
  ],
  decisions: [
    {
      decision:
        'The block compiles to two actions: UpdateContactData with the Voice ID settings, then StartVoiceIdStream.',
      reason:
        'The guide names StartVoiceIdStream only in its document history (L87050-87054), and that ' +
        'action takes no parameters, so the thresholds must live elsewhere. A console export of a ' +
        'flow module in a public repository shows the block as UpdateContactData ' +
        '{IsVoiceIdStreamingEnabled, IsVoiceAuthenticationEnabled, IsFraudDetectionEnabled, thresholds} ' +
        'chained into StartVoiceIdStream, the designer metadata recording the first as a fragment of ' +
        "the second. Both actions send NoMatchingError to the block's Error branch.",
    },
    {
      decision: 'The settings part is recognised by IsVoiceIdStreamingEnabled being present.',
      reason:
        'UpdateContactData is shared with Set contact attributes (CustomerId) and Set voice ' +
        '(LanguageCode); the Voice ID flags are unique to this block, and the console export above ' +
        'writes all of them.',
    },
  ],
});
