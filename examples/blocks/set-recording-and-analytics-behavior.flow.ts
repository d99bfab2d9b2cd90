import { disconnect, flow, playPrompt, setRecordingBehavior } from '@contactflow/dsl';

const goodbye = disconnect();
const notice = playPrompt({ text: 'This call may be recorded for quality purposes.' })
  .then(goodbye)
  .onError(goodbye);

// Record both sides with Contact Lens, then switch to agent-only recording: the guide asks for
// recording to be turned off in between.
const agentOnly = setRecordingBehavior({ record: 'agent', screenRecording: true }).then(notice);
const off = setRecordingBehavior({ record: 'none' }).then(agentOnly);
const start = setRecordingBehavior({
  record: 'agentAndCustomer',
  ivrRecording: true,
  analytics: {
    language: 'en-US',
    voice: 'realTime',
    chat: true,
    redaction: {
      results: 'redactedOnly',
      mask: 'entityType',
      entities: ['CREDIT_DEBIT_NUMBER', 'SSN'],
    },
    sentiment: true,
    summary: true,
  },
}).then(off);

export const example = flow('Set recording and analytics behavior example', {
  channels: ['VOICE', 'CHAT'],
  start,
});
