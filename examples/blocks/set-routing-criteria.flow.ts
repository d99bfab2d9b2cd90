import {
  attribute,
  disconnect,
  flow,
  invokeLambda,
  lambdaFunction,
  lambdaResult,
  playPrompt,
  queue,
  setRoutingCriteria,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we cannot take your call right now.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(sorry).onError(sorry);

// Written out: the best Spanish-speaking billing experts for 30 seconds, then any fluent speaker
// for a minute, then anyone who speaks some Spanish (the last step never expires).
const manual = setRoutingCriteria({
  steps: [
    {
      require: [
        { attribute: 'Language', value: 'Spanish', minimumLevel: 4 },
        { attribute: 'Product', value: attribute('product'), minimumLevel: 3 },
      ],
      expiresAfterSeconds: 30,
    },
    {
      require: { attribute: 'Language', value: 'Spanish', minimumLevel: 3 },
      expiresAfterSeconds: 60,
    },
    { require: { attribute: 'Language', value: 'Spanish', minimumLevel: 1 } },
  ],
})
  .then(transfer)
  .onError(transfer);

// Set dynamically: a Lambda function returns the whole criteria as JSON.
const fromLambda = setRoutingCriteria({ criteria: lambdaResult('MyRoutingCriteria') })
  .then(transfer)
  .onError(manual);
// Or only the steps.
const stepsFromLambda = setRoutingCriteria({ steps: lambdaResult('routingSteps') })
  .then(transfer)
  .onError(fromLambda);
const lookup = invokeLambda({
  fn: lambdaFunction('routingCriteria'),
  timeoutSeconds: 3,
  responseType: 'JSON',
})
  .then(stepsFromLambda)
  .onError(manual);

const support = setWorkingQueue({ queue: queue('Support') })
  .then(lookup)
  .onError(sorry);

export const example = flow('Set routing criteria example', { start: support });
