import { attributeNeverSet } from '../../src/rules/attribute-never-set.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const set = (attributes: Record<string, string>, next = 'check') => ({
  Identifier: 'set',
  Type: 'UpdateContactAttributes',
  Parameters: { Attributes: attributes },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const check = (value: string, id = 'check', next = 'bye') => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: value },
  Transitions: {
    NextAction: next,
    Conditions: [{ NextAction: next, Condition: { Operator: 'Equals', Operands: ['gold'] } }],
    Errors: [{ NextAction: next, ErrorType: 'NoMatchingCondition' }],
  },
});

const say = (id: string, text: string, next = 'bye') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const readsUnset = flowOf([set({ tier: 'gold' }), check('$.Attributes.segment'), bye]);

testRule(attributeNeverSet, {
  valid: [
    {
      name: 'an attribute set before it is read',
      document: flowOf([set({ tier: 'gold' }), check('$.Attributes.tier'), bye]),
    },
    {
      name: 'an attribute set only after the read (the rule looks at the whole flow)',
      document: flowOf([
        check('$.Attributes.tier', 'check', 'set'),
        set({ tier: 'gold' }, 'bye'),
        bye,
      ]),
    },
    {
      name: 'a name in bracket form',
      document: flowOf([
        set({ 'account tier': 'gold' }),
        check("$.Attributes['account tier']"),
        bye,
      ]),
    },
    {
      name: 'a flow that sets an attribute under a dynamic name',
      document: flowOf([set({ '$.External.key': 'gold' }), check('$.Attributes.segment'), bye]),
    },
    {
      name: 'a flow that invokes a module, which may set any attribute',
      document: flowOf([
        {
          Identifier: 'module',
          Type: 'InvokeFlowModule',
          Parameters: { FlowModuleId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
          Transitions: {
            NextAction: 'check',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        check('$.Attributes.segment'),
        bye,
      ]),
    },
    {
      name: 'a flow with an action type the catalog does not know',
      document: flowOf([
        {
          Identifier: 'odd',
          Type: 'SetContactAttributes',
          Parameters: {},
          Transitions: { NextAction: 'check' },
        },
        check('$.Attributes.segment'),
        bye,
      ]),
    },
    {
      name: 'a customer queue flow, whose attributes come from the inbound flow',
      document: readsUnset,
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'an agent whisper flow',
      document: readsUnset,
      options: { flowType: 'AGENT_WHISPER' },
    },
    {
      name: 'a module, whose attributes come from its caller',
      document: readsUnset,
      options: { flowType: 'FLOW_MODULE' },
    },
    {
      name: 'an unreachable read (unreachable-action reports it)',
      document: flowOf([set({ tier: 'gold' }, 'bye'), bye, check('$.Attributes.segment')]),
    },
    {
      name: 'Set contact attributes with garbage for attributes',
      document: flowOf([
        {
          Identifier: 'set',
          Type: 'UpdateContactAttributes',
          Parameters: { Attributes: ['x'] },
          Transitions: { NextAction: 'bye' },
        },
        bye,
      ]),
    },
    { name: 'a document that is not a flow', document: 42 },
  ],
  invalid: [
    {
      name: 'an attribute no block sets',
      document: readsUnset,
      findings: [{ actionId: 'check', pointer: '/Actions/1/Parameters/ComparisonValue' }],
    },
    {
      name: 'the same in an inbound flow, type declared',
      document: readsUnset,
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'check', pointer: '/Actions/1/Parameters/ComparisonValue' }],
    },
    {
      name: 'a name that differs from the one set only in case',
      document: flowOf([set({ customerTier: 'gold' }), check('$.Attributes.CustomerTier'), bye]),
      findings: [{ actionId: 'check', pointer: '/Actions/1/Parameters/ComparisonValue' }],
    },
    {
      name: 'each unset name once, at its first read',
      document: flowOf([
        say('hello', 'Hello $.Attributes.first $.Attributes.last.', 'check'),
        check('$.Attributes.first'),
        bye,
      ]),
      findings: [
        { actionId: 'hello', pointer: '/Actions/0/Parameters/Text' },
        { actionId: 'hello', pointer: '/Actions/0/Parameters/Text' },
      ],
    },
    {
      name: 'a flow with no Set contact attributes at all',
      document: flowOf([say('hello', 'Hello $.Attributes.name.'), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Parameters/Text' }],
    },
  ],
});
