import { attribute, disconnect, flow, playPrompt, setVoiceId } from '@contactflow/dsl';

const goodbye = disconnect();
const menu = playPrompt({ text: 'How can we help you today?' }).then(goodbye).onError(goodbye);

// The console block: the settings, then the start of streaming, both erring to the same place.
const startStreaming = setVoiceId().then(menu).onError(menu);
const settings = setVoiceId({
  streamAudio: true,
  authentication: { threshold: attribute('authThreshold'), responseTimeSeconds: 8 },
  fraudDetection: { threshold: 50, watchlistId: 'AbCdEfGhIjKlMnOpQrStUv' },
})
  .then(startStreaming)
  .onError(menu);

const welcome = playPrompt({ text: 'Welcome to Example Bank.' }).then(settings).onError(settings);

export const example = flow('Set Voice ID example', { channels: ['VOICE'], start: welcome });
