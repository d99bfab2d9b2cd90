/**
 * What a caller hears while waiting: their place in line, hold messages and music, and every
 * minute an offer to be called back instead of waiting.
 */
import {
  disconnect,
  flow,
  getCustomerInput,
  getQueueMetrics,
  loopPrompts,
  playPrompt,
  prompt,
  queueMetrics,
  setCallbackNumber,
  system,
  text,
  transferToQueue,
} from '@contactflow/dsl';

const hangUp = disconnect();
const callbackQueued = playPrompt({
  text: 'Thank you. An agent will call you back at this number. Goodbye.',
})
  .then(hangUp)
  .onError(hangUp);
const callbackFailed = playPrompt({
  text: 'Sorry, we could not set up a callback to your number. Please stay on the line.',
});
const callback = transferToQueue({
  callback: { initialDelaySeconds: 10, maxAttempts: 3, retryDelaySeconds: 300 },
})
  .then(callbackQueued)
  .onError(callbackFailed);
const callbackNumber = setCallbackNumber({ number: system.customerNumber })
  .then(callback)
  .onInvalidNumber(callbackFailed)
  .onNotDialable(callbackFailed);
const offerCallback = getCustomerInput({
  text: 'To be called back when an agent is free, without losing your place, press 1. Or stay on the line.',
  timeoutSeconds: 5,
});

// Each round: read the queue's metrics, announce the caller's place, then play hold messages and
// music for a minute before offering the callback again.
const position = getQueueMetrics();
const announce = playPrompt({
  text: text`There are ${queueMetrics.contactsInQueue} callers ahead of you. The longest wait right now is ${queueMetrics.oldestContactAge} seconds.`,
});
const hold = loopPrompts({
  messages: [
    { text: 'Thank you for your patience. Your call is important to us.' },
    { prompt: prompt('Hold music') },
  ],
  interruptEverySeconds: 60,
})
  .onTimeout(offerCallback)
  .onError(hangUp);

position.then(announce).onError(hold);
announce.then(hold).onError(hold);
callbackFailed.then(hold).onError(hold);
offerCallback.when('1', callbackNumber).onTimeout(position).otherwise(position).onError(hold);

export const customerQueue = flow('Customer queue with callback', {
  type: 'CUSTOMER_QUEUE',
  description: 'Place in line, hold music, and a callback offer every minute.',
  channels: ['VOICE'],
  start: position,
});
