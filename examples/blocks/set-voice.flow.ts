import { disconnect, flow, playPrompt, setVoice } from '@contactflow/dsl';

const goodbye = disconnect();
const hello = playPrompt({ text: 'Hello and welcome.' }).then(goodbye).onError(goodbye);
const bonjour = playPrompt({ text: 'Bonjour et bienvenue.' }).then(goodbye).onError(goodbye);

// If the French voice cannot be set, carry on in English.
const english = setVoice({ voice: 'Joanna', engine: 'Neural', style: 'Conversational' })
  .then(hello)
  .onError(hello);
// "Set language attribute": a second block right after the voice.
const language = setVoice({ languageCode: 'fr-CA' }).then(bonjour).onError(english);
const start = setVoice({ voice: 'Gabrielle', engine: 'Neural' }).then(language).onError(english);

export const example = flow('Set voice example', { start });
