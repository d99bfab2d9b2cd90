import { attribute, callPhoneNumber, endFlow, flow, playPrompt } from '@contactflow/dsl';

const done = endFlow();

// Call phone number has to come before any prompt of an outbound whisper flow.
const dial = callPhoneNumber({ callerId: attribute('campaignCallerId') }).then(
  playPrompt({ text: 'This call may be recorded for quality purposes.' }).then(done).onError(done),
);

export const example = flow('Call phone number example', {
  type: 'OUTBOUND_WHISPER',
  channels: ['VOICE'],
  start: dial,
});
