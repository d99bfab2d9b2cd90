import {
  disconnect,
  flow,
  holdParticipant,
  invokeLambda,
  lambdaFunction,
  playPrompt,
  storedInput,
  storeCustomerInput,
} from '@contactflow/dsl';

// Secure payment, reached by the agent through a quick connect: the agent must not hear the card
// number, so the agent is held while the customer keys it in.
const goodbye = disconnect();
const conference = holdParticipant({ state: 'conferenceAll' }).then(goodbye).onError(goodbye);

const charge = invokeLambda({
  fn: lambdaFunction('chargeCard'),
  timeoutSeconds: 8,
  parameters: { card: storedInput },
})
  .then(conference)
  .onError(conference);
const cardNumber = storeCustomerInput({
  text: 'Please enter your card number, followed by the hash key.',
  timeoutSeconds: 20,
  maxDigits: 19,
})
  .then(charge)
  .onError(conference);
const agentOnHold = holdParticipant({ state: 'agentOnHold' }).then(cardNumber).onError(conference);

// The customer waits while the agent hears what is about to happen.
const briefAgent = playPrompt({ text: 'The customer is now entering card details.' })
  .then(agentOnHold)
  .onError(agentOnHold);
const customerOnHold = holdParticipant({ state: 'customerOnHold' })
  .then(briefAgent)
  .onError(agentOnHold);

export const example = flow('Hold customer or agent example', {
  type: 'QUEUE_TRANSFER',
  channels: ['VOICE'],
  start: customerOnHold,
});
