import { disconnect, flow, flowRef, playPrompt, setEventFlow } from '@contactflow/dsl';

const goodbye = disconnect();
const welcome = playPrompt({ text: 'Welcome. An agent will be with you shortly.' })
  .then(goodbye)
  .onError(goodbye);

// A step-by-step guide in the agent workspace, a wrap-up guide, and flows for paused tasks.
const onResume = setEventFlow({ event: 'resume', flow: flowRef('Task resumed') })
  .then(welcome)
  .onError(welcome);
const onPause = setEventFlow({ event: 'pause', flow: flowRef('Task paused') })
  .then(onResume)
  .onError(onResume);
const wrapUp = setEventFlow({ event: 'disconnectAgentUI', flow: flowRef('Wrap-up guide') })
  .then(onPause)
  .onError(onPause);
const start = setEventFlow({ event: 'defaultAgentUI', flow: flowRef('Agent guide') })
  .then(wrapUp)
  .onError(wrapUp);

export const example = flow('Set event flow example', { start });
