/** An inbound flow that takes a payment through the payment module and reads out the receipt. */
import {
  attribute,
  checkContactAttributes,
  disconnect,
  flow,
  invokeModule,
  playPrompt,
  setContactAttributes,
  setWhisperFlow,
  text,
} from '@contactflow/dsl';
import { agentWhisper } from './agent-whisper.flow.js';
import { paymentModule } from './payment-module.flow.js';

const hangUp = disconnect();
const failed = playPrompt({ text: 'Sorry, we could not take your payment. Goodbye.' })
  .then(hangUp)
  .onError(hangUp);
const receipt = playPrompt({
  text: text`Thank you. Your receipt number is ${attribute('receipt')}.`,
})
  .then(hangUp)
  .onError(hangUp);
const paid = checkContactAttributes({ value: attribute('receipt') })
  .when('', failed)
  .otherwise(receipt);
const pay = invokeModule({ module: paymentModule }).then(paid).onError(failed);
const amount = setContactAttributes({ attributes: { amount: '25.00', intent: 'payment' } })
  .then(pay)
  .onError(failed);
const whisper = setWhisperFlow({ whisper: 'agent', flow: agentWhisper })
  .then(amount)
  .onError(amount);

export const payByPhone = flow('Pay by phone', {
  type: 'CONTACT_FLOW',
  description: 'Takes a 25 dollar payment with the Take payment module.',
  channels: ['VOICE'],
  start: whisper,
});
