import { endFlow, flow, loopPrompts, playPrompt, prompt } from '@contactflow/dsl';

const done = endFlow();

// After two minutes in queue, the caller hears music only.
const music = loopPrompts({ messages: [{ prompt: prompt('Queue music') }] }).onError(done);

const reminder = playPrompt({ text: 'All our agents are still busy. Thank you for holding.' })
  .then(music)
  .onError(music);

const welcome = loopPrompts({
  messages: [
    { text: 'Thank you for calling. Your call will be answered in the order it was received.' },
    { prompt: prompt('Queue music') },
  ],
  interruptEverySeconds: 120,
})
  .onTimeout(reminder)
  .onError(done);

export const example = flow('Loop prompts example', { type: 'CUSTOMER_QUEUE', start: welcome });
