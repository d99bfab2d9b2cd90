import { attribute, disconnect, flow, playPrompt, prompt, text } from '@contactflow/dsl';

const goodbye = disconnect();
const thanks = playPrompt({ prompt: prompt('Thank you') })
  .then(goodbye)
  .onError(goodbye);
const greeting = playPrompt({ text: text`Hello ${attribute('firstName')}, thanks for calling.` })
  .then(thanks)
  .onError(goodbye);

export const example = flow('Play prompt example', {
  channels: ['VOICE', 'CHAT'],
  start: greeting,
});
