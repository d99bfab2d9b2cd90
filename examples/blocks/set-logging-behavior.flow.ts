import {
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  playPrompt,
  setLoggingBehavior,
} from '@contactflow/dsl';

const goodbye = disconnect();
const thanks = playPrompt({ text: 'Thank you, your payment is done.' })
  .then(goodbye)
  .onError(goodbye);
const failed = playPrompt({ text: 'Sorry, the payment did not go through.' })
  .then(goodbye)
  .onError(goodbye);

// Flow logs are switched off while card details pass through the flow, and back on afterwards.
const resumeLogging = setLoggingBehavior({ enabled: true }).then(thanks);
const resumeLoggingAfterFailure = setLoggingBehavior({ enabled: true }).then(failed);
const pay = invokeLambda({ fn: lambdaFunction('takePayment'), timeoutSeconds: 8 })
  .then(resumeLogging)
  .onError(resumeLoggingAfterFailure);
const stopLogging = setLoggingBehavior({ enabled: false }).then(pay);

const menu = getCustomerInput({ text: 'To pay your bill, press 1.', timeoutSeconds: 5 });
menu.when('1', stopLogging).otherwise(goodbye).onTimeout(goodbye).onError(goodbye);
const start = setLoggingBehavior({ enabled: true }).then(menu);

export const example = flow('Set logging behavior example', { start });
