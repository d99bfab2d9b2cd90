import {
  disconnect,
  flow,
  getCustomerInput,
  invokeLambda,
  lambdaFunction,
  playPrompt,
  storedInput,
  storeCustomerInput,
} from '@contactflow/dsl';

const goodbye = disconnect();
const thanks = playPrompt({ text: 'Thank you. Goodbye.' }).then(goodbye).onError(goodbye);
const sorry = playPrompt({ text: 'Sorry, something went wrong. Goodbye.' })
  .then(goodbye)
  .onError(goodbye);

const saveNumber = invokeLambda({
  fn: lambdaFunction('saveCallbackNumber'),
  timeoutSeconds: 3,
  parameters: { callbackNumber: storedInput },
})
  .then(thanks)
  .onError(sorry);

// A local number; a wrong one is asked for again.
const callbackNumber = storeCustomerInput({
  text: 'Please enter the number we should call you back on.',
  timeoutSeconds: 10,
  phoneNumber: { format: 'local', countryCode: 'US' },
});
callbackNumber.then(saveNumber).onInvalidNumber(callbackNumber).onError(sorry);

// An international number, with the country code keyed in.
const internationalNumber = storeCustomerInput({
  ssml: '<speak>Please enter your number, starting with the country code.</speak>',
  timeoutSeconds: 10,
  phoneNumber: { format: 'international' },
})
  .then(saveNumber)
  .onInvalidNumber(sorry)
  .onError(sorry);

// A PIN, encrypted with the instance's key before it is stored.
const verifyPin = invokeLambda({
  fn: lambdaFunction('verifyPin'),
  timeoutSeconds: 3,
  parameters: { pin: storedInput },
})
  .then(thanks)
  .onError(sorry);
const pin = storeCustomerInput({
  text: 'Please enter your PIN, followed by star hash.',
  timeoutSeconds: 8,
  maxDigits: 6,
  terminatingKeys: '*#',
  disableCancelKey: true,
  encryption: {
    keyId: 'pin-key-2024',
    key: '-----BEGIN CERTIFICATE-----\nMIIBexample\n-----END CERTIFICATE-----',
  },
})
  .then(verifyPin)
  .onError(sorry);

const menu = getCustomerInput({
  text: 'For a callback press 1. If you are calling from abroad press 2. To check your account press 3.',
  timeoutSeconds: 5,
});
menu
  .when('1', callbackNumber)
  .when('2', internationalNumber)
  .when('3', pin)
  .onTimeout(menu)
  .otherwise(menu)
  .onError(goodbye);

export const example = flow('Store customer input example', {
  type: 'CONTACT_FLOW',
  channels: ['VOICE'],
  start: menu,
});
