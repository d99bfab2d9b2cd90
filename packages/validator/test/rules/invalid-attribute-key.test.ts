import { invalidAttributeKey } from '../../src/rules/invalid-attribute-key.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const task = (attributes: unknown) => ({
  Identifier: 'task',
  Type: 'CreateTask',
  Parameters: {
    ContactFlowId: 'arn:aws:connect:us-east-1:111122223333:instance/abc/contact-flow/def',
    Name: 'Follow up',
    Attributes: attributes,
  },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const set = (attributes: unknown) => ({
  Identifier: 'set',
  Type: 'UpdateContactAttributes',
  Parameters: { Attributes: attributes },
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(invalidAttributeKey, {
  valid: [
    {
      name: 'plain names, names with spaces and dashes, and a whole JSONPath as a name',
      document: flowOf([
        task({ customerPhone: 'x', 'call reason': 'y', 'order-id': 'z', '$.External.key': 'v' }),
        set({ tier: 'gold', '$.External.attributeKey': '$.External.attributeValue' }),
        bye,
      ]),
    },
    {
      name: 'names the schema refuses already',
      document: flowOf([
        set({ 'customer.phone': 'x', '': 'y' }),
        {
          Identifier: 'flow',
          Type: 'UpdateFlowAttributes',
          Parameters: { FlowAttributes: { 'a.b': { Value: 'x' } } },
          Transitions: { NextAction: 'bye' },
        },
        bye,
      ]),
    },
    {
      name: 'garbage parameters',
      document: flowOf([task(['a.b']), set('a.b'), bye]),
    },
  ],
  invalid: [
    {
      name: 'task attributes with "." and "$" in their names, and an empty name',
      document: flowOf([task({ 'customer.phone': 'x', ok: 'y', total$: 'z', ' ': 'w' }), bye]),
      findings: [
        { actionId: 'task', pointer: '/Actions/0/Parameters/Attributes/customer.phone' },
        { actionId: 'task', pointer: '/Actions/0/Parameters/Attributes/total$' },
        { actionId: 'task', pointer: '/Actions/0/Parameters/Attributes/ ' },
      ],
    },
    {
      name: 'a name longer than the attributes section',
      document: flowOf([set({ ['k'.repeat(32 * 1024 + 1)]: 'x' }), bye]),
      findings: [
        {
          actionId: 'set',
          pointer: `/Actions/0/Parameters/Attributes/${'k'.repeat(32 * 1024 + 1)}`,
        },
      ],
    },
  ],
});
