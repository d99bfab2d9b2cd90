import { endFlow, flow, playPrompt } from '@contactflow/dsl';

// The whisper ends and the call is connected to the agent.
const connected = endFlow();
const whisper = playPrompt({ text: 'Connecting you to an agent. This call may be recorded.' })
  .then(connected)
  .onError(connected);

export const example = flow('End flow example', { type: 'CUSTOMER_WHISPER', start: whisper });
