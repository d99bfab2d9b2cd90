import { routingStepWithoutExpiry } from '../../src/rules/routing-step-without-expiry.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const step = (proficiency: number, expiry?: number) => ({
  Expression: {
    AttributeCondition: {
      Name: 'Language',
      Value: 'Spanish',
      ProficiencyLevel: proficiency,
      ComparisonOperator: 'NumberGreaterOrEqualTo',
    },
  },
  ...(expiry === undefined ? {} : { Expiry: { DurationInSeconds: expiry } }),
});

const criteria = (routing: unknown, type = 'UpdateRoutingCriteria', id = 'criteria') => ({
  Identifier: id,
  Type: type,
  Parameters: { RoutingCriteria: routing },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

testRule(routingStepWithoutExpiry, {
  valid: [
    {
      name: 'every step but the last expires; one step alone; the last step expires too',
      document: flowOf([
        criteria({ Steps: [step(5, 20), step(4, 40), step(2)] }, 'UpdateRoutingCriteria', 'a'),
        criteria({ Steps: [step(3)] }, 'UpdateContactRoutingCriteria', 'b'),
        criteria({ Steps: [step(5, 20), step(2, 60)] }, 'UpdateRoutingCriteria', 'c'),
        bye,
      ]),
    },
    {
      name: 'criteria from a Lambda function, and steps of another shape',
      document: flowOf([
        criteria('$.External.RoutingCriteria', 'UpdateRoutingCriteria', 'a'),
        criteria({ Steps: '$.External.Steps' }, 'UpdateContactRoutingCriteria', 'b'),
        criteria({ Steps: ['first', step(2)] }, 'UpdateRoutingCriteria', 'c'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'a first step that never expires',
      document: flowOf([criteria({ Steps: [step(5), step(4, 30), step(2)] }), bye]),
      findings: [
        { actionId: 'criteria', pointer: '/Actions/0/Parameters/RoutingCriteria/Steps/0' },
      ],
    },
    {
      name: 'two steps without expiry on the spelling exports use',
      document: flowOf([
        criteria({ Steps: [step(5), step(4), step(2)] }, 'UpdateContactRoutingCriteria'),
        bye,
      ]),
      findings: [
        { actionId: 'criteria', pointer: '/Actions/0/Parameters/RoutingCriteria/Steps/0' },
        { actionId: 'criteria', pointer: '/Actions/0/Parameters/RoutingCriteria/Steps/1' },
      ],
    },
  ],
});
