import {
  checkContactAttributes,
  disconnect,
  flow,
  playPrompt,
  system,
  wait,
} from '@contactflow/dsl';

const goodbye = disconnect();
const welcomeBack = playPrompt({ text: 'Welcome back! How else can we help?' })
  .then(goodbye)
  .onError(goodbye);

// Chat without a bot: give the customer 15 minutes to come back.
const customerWait = wait({ timeoutSeconds: 900, customerReturned: true })
  .onCustomerReturned(welcomeBack)
  .onTimeout(goodbye)
  .onError(goodbye);

// Chat: a third-party bot handles the conversation; the flow resumes when it leaves.
const botWait = wait({ participant: 'bot', timeoutSeconds: 3600 })
  .onBotParticipantDisconnected(welcomeBack)
  .onParticipantNotFound(customerWait)
  .onTimeout(goodbye)
  .onError(goodbye);

// Voice: the flow keeps running while the wait lasts.
const stillThere = playPrompt({ text: 'Please stay on the line.' }).then(goodbye).onError(goodbye);
const voiceWait = wait({ keepRunning: true, timeoutSeconds: 60, minimumWaitSeconds: 5 })
  .onContinue(stillThere)
  .onTimeout(goodbye)
  .onError(goodbye);

const byChannel = checkContactAttributes({ value: system.channel })
  .when('VOICE', voiceWait)
  .when('CHAT', botWait)
  .otherwise(goodbye);

export const example = flow('Wait example', { start: byChannel });
