import {
  attribute,
  createTask,
  disconnect,
  flow,
  flowRef,
  playPrompt,
  system,
  taskTemplate,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const failed = playPrompt({ text: 'Sorry, we could not book your call back.' })
  .then(goodbye)
  .onError(goodbye);
const booked = playPrompt({ text: 'We will call you back within the hour.' })
  .then(goodbye)
  .onError(goodbye);

// The template fills the task fields; it names no flow, so the block does.
const review = createTask({
  template: taskTemplate('Order review'),
  flow: flowRef('Back office tasks'),
  name: text`Review order ${attribute('orderId')}`,
  scheduledTime: attribute('reviewAt'),
})
  .then(booked)
  .onError(failed);

const callback = createTask({
  flow: flowRef('Callback tasks'),
  name: text`Call back ${system.customerNumber}`,
  description: text`The customer asked about order ${attribute('orderId')}.`,
  attributes: { CustomerPhoneNumber: system.customerNumber },
  references: { Order: { value: text`https://example.com/orders/${attribute('orderId')}` } },
  delaySeconds: 3600,
})
  .then(review)
  .onError(failed);

export const example = flow('Create task example', { start: callback });
