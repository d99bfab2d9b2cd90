import {
  disconnect,
  flow,
  queue,
  resumeContact,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

// A paused task that left its queue must be queued again after it is resumed.
const done = disconnect();
const requeue = transferToQueue().onAtCapacity(done).onError(done);
const backToQueue = setWorkingQueue({ queue: queue('Back office') })
  .then(requeue)
  .onError(done);
const resume = resumeContact().then(backToQueue).onError(done);

export const example = flow('Resume contact example', {
  type: 'CONTACT_FLOW',
  channels: ['TASK'],
  start: resume,
});
