import {
  disconnect,
  flow,
  playPrompt,
  startMediaStreaming,
  stopMediaStreaming,
  storeCustomerInput,
} from '@contactflow/dsl';

const goodbye = disconnect();
const thanks = playPrompt({ text: 'Thank you, your payment is being processed.' })
  .then(goodbye)
  .onError(goodbye);

// Card digits must not reach the live transcription stream, so it is stopped first.
const cardNumber = storeCustomerInput({
  text: 'Please enter your card number, followed by the hash key.',
  timeoutSeconds: 20,
  maxDigits: 19,
})
  .then(thanks)
  .onError(goodbye);
const stopStreaming = stopMediaStreaming().then(cardNumber).onError(goodbye);

const intro = playPrompt({ text: 'Welcome to Example Corp payments.' })
  .then(stopStreaming)
  .onError(stopStreaming);
const streaming = startMediaStreaming().then(intro).onError(intro);

export const example = flow('Stop media streaming example', {
  type: 'CONTACT_FLOW',
  channels: ['VOICE'],
  start: streaming,
});
