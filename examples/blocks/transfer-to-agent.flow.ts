import { flow, playPrompt, transferToAgent } from '@contactflow/dsl';

const toAgent = transferToAgent();

// A transfer-to-agent flow: announce the transfer, then connect the caller to the chosen agent.
const announce = playPrompt({ text: 'Please hold while we connect you.' })
  .then(toAgent)
  .onError(toAgent);

export const example = flow('Transfer to agent example', {
  type: 'AGENT_TRANSFER',
  channels: ['VOICE'],
  start: announce,
});
