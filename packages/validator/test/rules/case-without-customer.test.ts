import { caseWithoutCustomer } from '../../src/rules/case-without-customer.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [
  { NextAction: 'bye', ErrorType: 'ContactNotLinked' },
  { NextAction: 'bye', ErrorType: 'NoMatchingError' },
];

const create = (fields: unknown, id = 'create') => ({
  Identifier: id,
  Type: 'CreateCase',
  Parameters: {
    LinkContactToCase: 'true',
    CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666',
    ...(fields === undefined ? {} : { CaseRequestFields: fields }),
  },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const get = (customer: unknown, id = 'get') => ({
  Identifier: id,
  Type: 'GetCase',
  Parameters: { LinkContactToCase: 'true', CustomerId: customer },
  Transitions: {
    NextAction: 'bye',
    Errors: [
      ...errors,
      { NextAction: 'bye', ErrorType: 'MultipleFound' },
      { NextAction: 'bye', ErrorType: 'NoneFound' },
    ],
  },
});

const arn =
  'arn:aws:profile:us-east-1:111122223333:domains/example-domain/profiles/0123456789abcdef0123456789abcdef';

testRule(caseWithoutCustomer, {
  valid: [
    {
      name: 'the profile ARN from contact data, written out, or left to a template',
      document: flowOf([
        create({ customer_id: '$.Customer.ProfileARN', title: 'Refund' }, 'a'),
        create({ customer_id: arn }, 'b'),
        create({ customer_id: '{{customerArn}}' }, 'c'),
        get('$.Customer.ProfileARN', 'd'),
        get(arn, 'e'),
        bye,
      ]),
    },
    {
      name: 'fields of another shape, and a missing Get case customer (the schema reports both)',
      document: flowOf([create(['customer_id']), get(undefined), bye]),
    },
  ],
  invalid: [
    {
      name: 'a case created without a customer, with and without request fields',
      document: flowOf([create({ title: 'Refund' }, 'a'), create(undefined, 'b'), bye]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/CaseRequestFields' },
        { actionId: 'b', pointer: '/Actions/1/Parameters' },
      ],
    },
    {
      name: 'the profile id given for the ARN, and a customer name',
      document: flowOf([create({ customer_id: '$.Customer.ProfileId' }), get('Jane Doe'), bye]),
      findings: [
        { actionId: 'create', pointer: '/Actions/0/Parameters/CaseRequestFields/customer_id' },
        { actionId: 'get', pointer: '/Actions/1/Parameters/CustomerId' },
      ],
    },
  ],
});
