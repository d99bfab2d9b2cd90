import {
  checkContactAttributes,
  disconnect,
  flow,
  getQueueMetrics,
  is,
  playPrompt,
  queue,
  queueMetrics,
  setWorkingQueue,
  system,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const busy = playPrompt({ text: 'All our agents are busy. Please call again later.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(busy).onError(goodbye);

// The working queue (Sales), counting only contacts of this contact's channel (Voice or Chat).
const anyoneAvailable = checkContactAttributes({ value: queueMetrics.agentsAvailable })
  .when(is.greaterThan(0), transfer)
  .otherwise(busy);
const salesMetrics = getQueueMetrics({ channel: system.channel })
  .then(anyoneAvailable)
  .onError(transfer);
const salesQueue = setWorkingQueue({ queue: queue('Sales') })
  .then(salesMetrics)
  .onError(busy);

// A queue other than the working queue: take the VIP queue while its oldest call waited under a minute.
const vipQueue = setWorkingQueue({ queue: queue('VIP') })
  .then(transfer)
  .onError(salesQueue);
const vipWait = checkContactAttributes({ value: queueMetrics.oldestContactAge })
  .when(is.lessThan(60), vipQueue)
  .otherwise(salesQueue);
const vipMetrics = getQueueMetrics({ queue: queue('VIP'), channel: 'Voice' })
  .then(vipWait)
  .onError(salesQueue);

export const example = flow('Get queue metrics example', {
  channels: ['VOICE', 'CHAT'],
  start: vipMetrics,
});
