import {
  agent,
  disconnect,
  endFlow,
  flow,
  getCustomerInput,
  loopPrompts,
  phoneNumber,
  playPrompt,
  prompt,
  queue,
  setCallbackNumber,
  setWorkingQueue,
  system,
  transferToQueue,
} from '@contactflow/dsl';

// Inbound flow: queue the caller in the working queue, or offer a callback when it is full.
const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we could not place your request.' })
  .then(goodbye)
  .onError(goodbye);
const willCallBack = playPrompt({ text: 'Thank you. We will call you back.' })
  .then(goodbye)
  .onError(goodbye);

// Callback in the working queue: wait two minutes, try twice, ten minutes apart.
const callback = transferToQueue({
  callback: { initialDelaySeconds: 120, maxAttempts: 2, retryDelaySeconds: 600 },
})
  .then(willCallBack)
  .onError(sorry);
const offerCallback = getCustomerInput({
  text: 'All agents are busy. To be called back, press 1.',
  timeoutSeconds: 5,
});
offerCallback.when('1', callback).otherwise(goodbye).onTimeout(goodbye).onError(goodbye);

const transfer = transferToQueue().onAtCapacity(offerCallback).onError(sorry);
const sales = setWorkingQueue({ queue: queue('Sales') })
  .then(transfer)
  .onError(sorry);

export const example = flow('Transfer to queue example', {
  channels: ['VOICE'],
  start: sales,
});

// Customer queue flow: after a minute of music, move the caller to the overflow queue, to the
// supervisor's own queue if that is full, or offer a callback in a dedicated queue.
const done = endFlow();
const dedicatedCallback = transferToQueue({
  queue: queue('Callbacks'),
  callback: {
    initialDelaySeconds: 5,
    maxAttempts: 1,
    retryDelaySeconds: 300,
    callerId: phoneNumber('Support line'),
  },
})
  .then(done)
  .onError(done);
const callbackNumber = setCallbackNumber({ number: system.customerNumber })
  .then(dedicatedCallback)
  .onInvalidNumber(done)
  .onNotDialable(done);
const supervisor = transferToQueue({ agent: agent('Shift supervisor') })
  .then(done)
  .onAtCapacity(callbackNumber)
  .onError(callbackNumber);
const overflow = transferToQueue({ queue: queue('Overflow') })
  .then(done)
  .onAtCapacity(supervisor)
  .onError(supervisor);
const music = loopPrompts({
  messages: [{ text: 'Thank you for waiting.' }, { prompt: prompt('Queue music') }],
  interruptEverySeconds: 60,
})
  .onTimeout(overflow)
  .onError(done);

export const customerQueueExample = flow('Transfer to queue customer queue example', {
  type: 'CUSTOMER_QUEUE',
  channels: ['VOICE'],
  start: music,
});
