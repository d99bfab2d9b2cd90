import {
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  startMediaStreaming,
  stopMediaStreaming,
} from '@contactflow/dsl';

const goodbye = disconnect();

// Only the caller's voice goes to the voice-biometrics vendor; the stream is stopped after the
// passphrase so that the rest of the call is not captured.
const stopStreaming = stopMediaStreaming();
const passphrase = playPrompt({ text: 'After the tone, please say: my voice is my password.' })
  .then(stopStreaming)
  .onError(stopStreaming);
const streamCaller = startMediaStreaming({ direction: 'fromCustomer' })
  .then(passphrase)
  .onError(goodbye);

// Both directions for a recorded coaching session; it keeps streaming until the call ends.
const thanks = playPrompt({ text: 'Thank you. Goodbye.' }).then(goodbye).onError(goodbye);
const streamBoth = startMediaStreaming().then(thanks).onError(goodbye);

// What the caller hears only, for the announcement-quality check.
const streamPrompts = startMediaStreaming({ direction: 'toCustomer' })
  .then(thanks)
  .onError(goodbye);

stopStreaming.then(thanks).onError(goodbye);

const menu = getCustomerInput({
  text: 'To enrol your voice press 1. For a coaching session press 2. For a sound check press 3.',
  timeoutSeconds: 5,
});
menu
  .when('1', streamCaller)
  .when('2', streamBoth)
  .when('3', streamPrompts)
  .onTimeout(menu)
  .otherwise(menu)
  .onError(goodbye);

export const example = flow('Start media streaming example', {
  type: 'CONTACT_FLOW',
  channels: ['VOICE'],
  start: menu,
});
