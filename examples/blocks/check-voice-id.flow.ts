import {
  attribute,
  checkVoiceId,
  disconnect,
  flow,
  playPrompt,
  setContactAttributes,
  setVoiceId,
} from '@contactflow/dsl';

const goodbye = disconnect();
const verifyByAgent = playPrompt({ text: 'An agent will verify your identity.' })
  .then(goodbye)
  .onError(goodbye);
const welcome = playPrompt({ text: 'Thank you, you are verified.' }).then(goodbye).onError(goodbye);
const fraudTeam = playPrompt({ text: 'Please hold for a specialist.' })
  .then(goodbye)
  .onError(goodbye);

const fraud = checkVoiceId({ check: 'fraudDetection' })
  .whenHighRisk(fraudTeam)
  .whenLowRisk(welcome)
  .whenInconclusive(verifyByAgent)
  .onError(verifyByAgent);

const authentication = checkVoiceId({ check: 'authentication' })
  .whenAuthenticated(fraud)
  .whenNotAuthenticated(verifyByAgent)
  .whenInconclusive(verifyByAgent)
  .whenNotEnrolled(verifyByAgent)
  .whenOptedOut(verifyByAgent)
  .onError(verifyByAgent);

// Enrollment is not billed, so it is checked before authentication.
const enrollment = checkVoiceId({ check: 'enrollment' })
  .whenEnrolled(authentication)
  .whenNotEnrolled(verifyByAgent)
  .whenOptedOut(verifyByAgent)
  .onError(verifyByAgent);

// Enrollment and authentication look the caller up by the contact's customer id.
const customer = setContactAttributes({ customerId: attribute('accountNumber') })
  .then(enrollment)
  .onError(verifyByAgent);

const stream = setVoiceId().then(customer).onError(verifyByAgent);
const settings = setVoiceId({
  authentication: { threshold: 90 },
  fraudDetection: { threshold: 50 },
})
  .then(stream)
  .onError(verifyByAgent);

// Voice ID needs audio from the caller before it can decide.
const hello = playPrompt({ text: 'Welcome. Please tell us how we can help you today.' })
  .then(settings)
  .onError(settings);

export const example = flow('Check Voice ID example', { channels: ['VOICE'], start: hello });
