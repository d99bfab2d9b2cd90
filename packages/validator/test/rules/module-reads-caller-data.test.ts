import { moduleReadsCallerData } from '../../src/rules/module-reads-caller-data.js';
import { flowOf, testRule } from './rule-tester.js';

const done = {
  Identifier: 'done',
  Type: 'EndFlowModuleExecution',
  Parameters: {},
  Transitions: {},
};

const say = (id: string, text: string, next = 'done') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: next, Errors: [{ NextAction: 'done', ErrorType: 'NoMatchingError' }] },
});

const step = (id: string, type: string, parameters: object, next: string) => ({
  Identifier: id,
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: next, Errors: [{ NextAction: 'done', ErrorType: 'NoMatchingError' }] },
});

const readsSlot = flowOf([say('confirm', 'You asked about $.Lex.IntentName.'), done]);
const inModule = { flowType: 'FLOW_MODULE' } as const;

testRule(moduleReadsCallerData, {
  valid: [
    {
      name: 'flow attributes set inside the module before the read',
      document: flowOf([
        step('set', 'UpdateFlowAttributes', { FlowAttributes: { tier: { Value: 'gold' } } }, 'say'),
        say('say', 'Your tier is $.FlowAttributes.tier.'),
        done,
      ]),
      options: inModule,
    },
    {
      name: 'contact attributes, which do reach the module',
      document: flowOf([say('say', 'Hello $.Attributes.firstName.'), done]),
      options: inModule,
    },
    {
      name: 'the same read in an inbound flow',
      document: readsSlot,
      options: { flowType: 'CONTACT_FLOW' },
    },
    { name: 'the same read when the flow type is unknown', document: readsSlot },
    {
      name: '$.External, which external-read-without-lambda reports',
      document: flowOf([say('say', 'Your balance is $.External.balance.'), done]),
      options: inModule,
    },
    {
      name: 'an unreachable read',
      document: flowOf([done, say('orphan', 'Hi $.Customer.FirstName.')]),
      options: inModule,
    },
  ],
  invalid: [
    {
      name: 'Lex attributes with no bot in the module',
      document: readsSlot,
      options: inModule,
      findings: [{ actionId: 'confirm', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'stored customer input and a profile attribute, only the first read of each reported',
      document: flowOf([
        say('first', 'You entered $.StoredCustomerInput, $.Customer.FirstName.', 'again'),
        say('again', 'Once more: $.StoredCustomerInput.'),
        done,
      ]),
      options: inModule,
      findings: [
        { actionId: 'first', pointer: '/Actions/0/Parameters/Text' },
        { actionId: 'first', pointer: '/Actions/0/Parameters/Text' },
      ],
    },
    {
      name: 'flow attributes read on a path that skips setting them',
      document: flowOf([
        {
          Identifier: 'branch',
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.tier' },
          Transitions: {
            NextAction: 'say',
            Conditions: [
              { NextAction: 'set', Condition: { Operator: 'Equals', Operands: ['gold'] } },
            ],
            Errors: [{ NextAction: 'say', ErrorType: 'NoMatchingCondition' }],
          },
        },
        step('set', 'UpdateFlowAttributes', { FlowAttributes: { tier: { Value: 'gold' } } }, 'say'),
        say('say', 'Your tier is $.FlowAttributes.tier.'),
        done,
      ]),
      options: inModule,
      findings: [{ actionId: 'say', pointer: '/Actions/2/Parameters/Text' }],
    },
  ],
});
