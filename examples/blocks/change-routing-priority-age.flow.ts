import {
  changeRoutingPriority,
  checkContactAttributes,
  attribute,
  disconnect,
  flow,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we cannot take your call right now.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(sorry).onError(sorry);

// Set before the transfer, so the change applies at once.
const gold = changeRoutingPriority({ priority: 1 }).then(transfer);
// Callers who already waited in an earlier call count as having waited five more minutes.
const returning = changeRoutingPriority({ adjustTimeInQueueSeconds: 300 }).then(transfer);

const tier = checkContactAttributes({ value: attribute('tier') })
  .when('gold', gold)
  .when('returning', returning)
  .otherwise(transfer);
const support = setWorkingQueue({ queue: queue('Support') })
  .then(tier)
  .onError(sorry);

export const example = flow('Change routing priority / age example', { start: support });
