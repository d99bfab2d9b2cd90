import {
  agent,
  checkStaffing,
  disconnect,
  flow,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const nobody = playPrompt({
  text: 'Nobody is available to take your call. Please try again later.',
})
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(nobody).onError(goodbye);

// Is anyone logged in to the overflow queue at all?
const overflowOnline = checkStaffing({ status: 'online', queue: queue('Overflow') })
  .whenStaffed(
    setWorkingQueue({ queue: queue('Overflow') })
      .then(transfer)
      .onError(goodbye),
  )
  .whenNotStaffed(nobody)
  .onError(goodbye);

// Staffed (the default status) on the working queue: someone is on shift for Sales.
const salesStaffed = checkStaffing()
  .whenStaffed(transfer)
  .whenNotStaffed(overflowOnline)
  .onError(goodbye);

// An account manager with a free slot gets the call; otherwise the Sales queue.
const salesQueue = setWorkingQueue({ queue: queue('Sales') })
  .then(salesStaffed)
  .onError(goodbye);
const managerQueue = setWorkingQueue({ agent: agent('Account manager') })
  .then(transfer)
  .onError(salesQueue);
const managerAvailable = checkStaffing({ status: 'available', agent: agent('Account manager') })
  .whenStaffed(managerQueue)
  .whenNotStaffed(salesQueue)
  .onError(salesQueue);

export const example = flow('Check staffing example', { start: managerAvailable });
