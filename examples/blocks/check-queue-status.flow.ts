import {
  checkQueueStatus,
  disconnect,
  flow,
  is,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const busy = playPrompt({ text: 'All our agents are busy. Please call again later.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(busy).onError(goodbye);
const longWait = playPrompt({ text: 'Your wait may be longer than five minutes.' })
  .then(transfer)
  .onError(transfer);

// When Sales is slow, move to the overflow queue unless it is already crowded.
const overflowQueue = setWorkingQueue({ queue: queue('Overflow') })
  .then(transfer)
  .onError(busy);
const overflowSize = checkQueueStatus({ metric: 'queueCapacity', queue: queue('Overflow') })
  .when(is.greaterThanOrEqualTo(20), busy)
  .when(is.lessThan(20), overflowQueue)
  .otherwise(busy)
  .onError(busy);

// Conditions are tried in order: the first that holds wins.
const salesWait = checkQueueStatus({ metric: 'timeInQueue' })
  .when(is.lessThan(120), transfer)
  .when(is.lessThanOrEqualTo(300), longWait)
  .otherwise(overflowSize)
  .onError(transfer);

const salesQueue = setWorkingQueue({ queue: queue('Sales') })
  .then(salesWait)
  .onError(busy);

export const example = flow('Check queue status example', { start: salesQueue });
