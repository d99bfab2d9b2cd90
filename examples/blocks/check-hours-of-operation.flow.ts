import {
  checkHoursOfOperation,
  disconnect,
  flow,
  hoursOfOperation,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const closed = playPrompt({ text: 'We are closed. Please call again during business hours.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(closed).onError(goodbye);

// Without a schedule given, the block checks the working queue's own hours.
const queueHours = checkHoursOfOperation()
  .whenInHours(transfer)
  .whenOutOfHours(closed)
  .onError(closed);
const supportQueue = setWorkingQueue({ queue: queue('Support') })
  .then(queueHours)
  .onError(goodbye);

// The office-wide schedule first: outside it no queue is open.
const officeHours = checkHoursOfOperation({ hours: hoursOfOperation('Office') })
  .whenInHours(supportQueue)
  .whenOutOfHours(closed)
  .onError(supportQueue);

export const example = flow('Check hours of operation example', { start: officeHours });
