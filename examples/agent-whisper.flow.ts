/** What an agent hears before the caller is connected: who is calling and what they asked for. */
import { attribute, endFlow, flow, playPrompt, system, text } from '@contactflow/dsl';

const done = endFlow();
const brief = playPrompt({
  text: text`Caller ${system.customerNumber} from the ${system.queueName} queue, about ${attribute('intent')}.`,
})
  .then(done)
  .onError(done);

export const agentWhisper = flow('Agent whisper with caller details', {
  type: 'AGENT_WHISPER',
  description: 'Tells the agent the caller number, queue and intent.',
  channels: ['VOICE'],
  start: brief,
});
