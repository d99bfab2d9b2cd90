import { attribute, disconnect, enablePersistentChat, flow, playPrompt } from '@contactflow/dsl';

const goodbye = disconnect();
const fresh = playPrompt({ text: 'Hello! How can we help you today?' })
  .then(goodbye)
  .onError(goodbye);
const welcomeBack = playPrompt({ text: 'Welcome back! Here is our earlier conversation.' })
  .then(goodbye)
  .onError(goodbye);

// The chat widget passes the previous chat's contact id as a contact attribute.
const fromLastChat = enablePersistentChat({
  rehydration: 'fromSegment',
  sourceContactId: attribute('lastChatContactId'),
})
  .then(welcomeBack)
  .onError(fresh);

const wholeSession = enablePersistentChat({
  rehydration: 'entirePastSession',
  sourceContactId: attribute('previousContactId'),
})
  .then(welcomeBack)
  .onError(fromLastChat);

export const example = flow('Create persistent contact association example', {
  channels: ['CHAT'],
  start: wholeSession,
});
