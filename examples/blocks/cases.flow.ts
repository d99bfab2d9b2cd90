import {
  caseField,
  customerProfile,
  disconnect,
  flow,
  manageCase,
  manageCustomerProfile,
  playPrompt,
  system,
  text,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we could not find your case.' })
  .then(goodbye)
  .onError(goodbye);
const done = playPrompt({ text: text`Your case ${caseField('title')} is on its way to an agent.` })
  .then(goodbye)
  .onError(goodbye);

// A new case when the customer has no open one; linking lets the agent app open it.
const openCase = manageCase({
  action: 'create',
  linkContact: true,
  template: '8a7b6c5d-1111-2222-3333-444455556666',
  fields: {
    customer_id: customerProfile('ProfileARN'),
    title: text`Call from ${system.customerNumber}`,
  },
})
  .then(done)
  .onContactNotLinked(done)
  .onError(sorry);

const reopen = manageCase({
  action: 'update',
  linkContact: false,
  caseId: caseField('case_id'),
  fields: { status: 'open' },
})
  .then(done)
  .onError(sorry);

const findCase = manageCase({
  action: 'get',
  linkContact: true,
  customerId: customerProfile('ProfileARN'),
  searchFields: { status: 'open' },
  returnFields: ['case_id', 'title', 'status'],
})
  .then(reopen)
  .onContactNotLinked(reopen)
  .onMultipleFound(sorry)
  .onNotFound(openCase)
  .onError(sorry);

// Cases are searched per customer, so the profile comes first.
const profile = manageCustomerProfile({
  action: 'get',
  identifier: { name: '_phone', value: system.customerNumber },
})
  .then(findCase)
  .onMultipleFound(sorry)
  .onNotFound(sorry)
  .onError(sorry);

export const example = flow('Cases example', { start: profile });
