import {
  disconnect,
  flow,
  getCustomerInput,
  playPrompt,
  setDisconnectFlow,
} from '@contactflow/dsl';

// The survey runs once the agent hangs up while the customer stays on the line.
const thanks = disconnect();
const survey = getCustomerInput({
  text: 'How satisfied were you with your call? Press 1 to 5.',
  timeoutSeconds: 5,
});
survey.when('5', thanks).otherwise(thanks).onTimeout(thanks).onError(thanks);
const surveyFlow = flow('Post-call survey', { start: survey });

const goodbye = disconnect();
const welcome = playPrompt({
  text: 'Thanks for calling. Stay on the line after your call for a short survey.',
})
  .then(goodbye)
  .onError(goodbye);
const start = setDisconnectFlow({ flow: surveyFlow }).then(welcome).onError(welcome);

export const example = flow('Set disconnect flow example', { start });
