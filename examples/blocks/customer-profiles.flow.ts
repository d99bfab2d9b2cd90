import {
  attribute,
  customerProfile,
  disconnect,
  flow,
  manageCustomerProfile,
  playPrompt,
  system,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const trouble = playPrompt({ text: 'We could not look up your account.' })
  .then(goodbye)
  .onError(goodbye);
const greet = playPrompt({ text: text`Welcome back, ${customerProfile('FirstName')}.` })
  .then(goodbye)
  .onError(goodbye);

const link = manageCustomerProfile({
  action: 'associateContact',
  profileId: customerProfile('ProfileId'),
})
  .then(greet)
  .onError(greet);

const habits = manageCustomerProfile({
  action: 'getCalculatedAttributes',
  profileId: customerProfile('ProfileId'),
  attributes: ['_frequent_caller', '_average_hold_time'],
})
  .then(link)
  .onNotFound(link)
  .onError(link);

const lastOrder = manageCustomerProfile({
  action: 'getObject',
  profileId: customerProfile('ProfileId'),
  objectType: '_order',
  latest: true,
  returnFields: ['OrderStatus'],
})
  .then(habits)
  .onNotFound(habits)
  .onError(habits);

const device = manageCustomerProfile({
  action: 'getObject',
  profileId: customerProfile('ProfileId'),
  objectType: '_asset',
  identifier: { name: '_assetId', value: attribute('assetId') },
  returnFields: ['AssetStatus', 'AssetAttributes.warranty'],
})
  .then(lastOrder)
  .onNotFound(lastOrder)
  .onError(lastOrder);

const update = manageCustomerProfile({
  action: 'update',
  fields: { PhoneNumber: system.customerNumber },
  attributes: { lastChannel: 'VOICE' },
})
  .then(device)
  .onError(trouble);

const create = manageCustomerProfile({
  action: 'create',
  fields: { PhoneNumber: system.customerNumber, AccountNumber: attribute('account') },
  returnFields: ['PhoneNumber'],
})
  .then(greet)
  .onError(trouble);

// Phone or account number, whichever the caller's profile has.
const find = manageCustomerProfile({
  action: 'get',
  identifiers: [
    { name: '_phone', value: system.customerNumber },
    { name: '_account', value: attribute('account') },
  ],
  match: 'any',
  returnFields: ['FirstName', 'LastName', 'Attributes.tier'],
})
  .then(update)
  .onMultipleFound(trouble)
  .onNotFound(create)
  .onError(trouble);

export const example = flow('Customer profiles example', { start: find });
