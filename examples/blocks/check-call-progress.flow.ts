import {
  checkCallProgress,
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
} from '@contactflow/dsl';

const goodbye = disconnect();
const voicemail = playPrompt({
  text: 'Hello, this is Example Corp about your delivery. Please call us back at 206 555 0100.',
})
  .then(goodbye)
  .onError(goodbye);
const offer = getCustomerInput({
  text: 'Hello, this is Example Corp. To confirm your delivery for tomorrow press 1.',
  timeoutSeconds: 5,
});
const thanks = playPrompt({ text: 'Thank you, your delivery is confirmed.' })
  .then(goodbye)
  .onError(goodbye);
offer.when('1', thanks).onTimeout(goodbye).otherwise(goodbye).onError(goodbye);

const progress = checkCallProgress()
  .whenCallAnswered(offer)
  .whenVoicemailBeep(voicemail)
  // Without a beep the message would start before the recording does.
  .whenVoicemailNoBeep(goodbye)
  .whenNotDetected(offer)
  .onError(goodbye);

export const example = flow('Check call progress example', {
  type: 'CONTACT_FLOW',
  channels: ['VOICE'],
  start: progress,
});
