import {
  customerProfile,
  disconnect,
  flow,
  lambdaResult,
  playPrompt,
  setContactAttributes,
  system,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, something went wrong.' }).then(goodbye).onError(goodbye);
const hello = playPrompt({ text: 'Thanks, you are verified.' }).then(goodbye).onError(goodbye);

// The Customer ID is a block of its own, after the attributes.
const customerId = setContactAttributes({ customerId: customerProfile('ProfileId') })
  .then(hello)
  .onError(sorry);

const attributes = setContactAttributes({
  attributes: {
    fullName: text`${customerProfile('FirstName')} ${customerProfile('LastName')}`,
    tier: lambdaResult('tier'),
    source: 'ivr',
  },
})
  .then(customerId)
  .onError(sorry);

// Flow attributes stay in this flow.
const local = setContactAttributes({
  target: 'flow',
  attributes: { caller: system.customerNumber },
})
  .then(attributes)
  .onError(sorry);

export const example = flow('Set contact attributes example', { start: local });
