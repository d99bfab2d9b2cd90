import {
  attribute,
  checkContactAttributes,
  disconnect,
  flow,
  is,
  lambdaResult,
  playPrompt,
} from '@contactflow/dsl';

const goodbye = disconnect();
const say = (text: string) => playPrompt({ text }).then(goodbye).onError(goodbye);

// Conditions are tried in order; the first that holds wins.
const check = checkContactAttributes({ value: attribute('tier') })
  .when('gold', say('Welcome back, gold member.'))
  .when(is.startingWith('silver'), say('Welcome back, silver member.'))
  .when(lambdaResult('promotedTier'), say('Congratulations on your new tier.'))
  .otherwise(say('Welcome.'));

const balance = checkContactAttributes({ value: lambdaResult('balance') })
  .when(is.greaterThan(1000), check)
  .otherwise(say('Please top up your account.'));

export const example = flow('Check contact attributes example', { start: balance });
