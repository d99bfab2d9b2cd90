import { disconnect, flow, flowRef, playPrompt, setHoldFlow } from '@contactflow/dsl';

const goodbye = disconnect();
const welcome = playPrompt({ text: 'Welcome to Example Corp.' }).then(goodbye).onError(goodbye);

const agentHold = setHoldFlow({ hold: 'agent', flow: flowRef('Agent hold') })
  .then(welcome)
  .onError(welcome);
const start = setHoldFlow({ hold: 'customer', flow: flowRef('Hold music') })
  .then(agentHold)
  .onError(agentHold);

// Hold flows are for calls: other channels take the Error branch.
export const example = flow('Set hold flow example', { channels: ['VOICE'], start });
