import { attribute, disconnect, flow, flowRef, playPrompt, setWhisperFlow } from '@contactflow/dsl';

const goodbye = disconnect();
const welcome = playPrompt({ text: 'Thank you for being a club member.' })
  .then(goodbye)
  .onError(goodbye);

// One block per whisper: the customer's from an attribute, the agent's a published flow.
const customerWhisper = setWhisperFlow({
  whisper: 'customer',
  flow: attribute('customerWhisperArn'),
})
  .then(welcome)
  .onError(welcome);
const start = setWhisperFlow({ whisper: 'agent', flow: flowRef('VIP agent whisper') })
  .then(customerWhisper)
  .onError(customerWhisper);

export const example = flow('Set whisper flow example', { start });
