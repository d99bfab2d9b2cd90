/** What a customer hears when an agent's outbound call connects, before the agent speaks. */
import { endFlow, flow, playPrompt, setRecordingBehavior } from '@contactflow/dsl';

const done = endFlow();
const notice = playPrompt({
  text: 'Hello, this is Example Bank returning your call. This call may be recorded for quality.',
})
  .then(done)
  .onError(done);
const record = setRecordingBehavior({ record: 'agentAndCustomer' }).then(notice);

export const outboundWhisper = flow('Outbound whisper with recording notice', {
  type: 'OUTBOUND_WHISPER',
  description: 'Announces the company and the recording, and turns recording on.',
  channels: ['VOICE'],
  start: record,
});
