import {
  disconnect,
  flow,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  playPrompt,
  system,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const greet = playPrompt({ text: text`Welcome back, ${lambdaResult('firstName')}.` })
  .then(goodbye)
  .onError(goodbye);
const lookup = invokeLambda({
  fn: lambdaFunction('lookupCustomer'),
  timeoutSeconds: 3,
  parameters: { phone: system.customerNumber, source: 'ivr' },
})
  .then(greet)
  .onError(goodbye);

export const example = flow('Invoke AWS Lambda function example', { start: lookup });
