import {
  attribute,
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  setCallbackNumber,
  system,
} from '@contactflow/dsl';

const goodbye = disconnect();
const confirmed = playPrompt({ text: 'Thanks. We will call you back shortly.' })
  .then(goodbye)
  .onError(goodbye);
const notDialable = playPrompt({ text: 'Sorry, we cannot call that number.' })
  .then(goodbye)
  .onError(goodbye);

// Try the number on the customer's account; if it is unusable, fall back to the caller ID.
const callerId = setCallbackNumber({ number: system.customerNumber })
  .then(confirmed)
  .onInvalidNumber(notDialable)
  .onNotDialable(notDialable);
const accountNumber = setCallbackNumber({ number: attribute('accountPhone') })
  .then(confirmed)
  .onInvalidNumber(callerId)
  .onNotDialable(callerId);

const offer = getCustomerInput({
  text: 'To be called back on the number on your account, press 1.',
  timeoutSeconds: 5,
});
offer.when('1', accountNumber).otherwise(goodbye).onTimeout(goodbye).onError(goodbye);

export const example = flow('Set callback number example', { channels: ['VOICE'], start: offer });
