import { moduleOnlyAction } from '../../src/rules/module-only-action.js';
import { flowOf, prompt, testRule } from './rule-tester.js';

const done = {
  Identifier: 'done',
  Type: 'EndFlowModuleExecution',
  Parameters: {},
  Transitions: {},
};

testRule(moduleOnlyAction, {
  valid: [
    {
      name: 'Return in a module',
      document: flowOf([prompt('hi', 'done'), done]),
      options: { flowType: 'FLOW_MODULE' },
    },
    {
      name: 'Return when the flow type is unknown (most likely a module)',
      document: flowOf([prompt('hi', 'done'), done]),
    },
    {
      name: 'a module export with Settings and no Metadata.type',
      document: {
        ...(flowOf([prompt('hi', 'done'), done]) as object),
        Settings: { InputParameters: [], OutputParameters: [], Transitions: [] },
        Metadata: { entryPointPosition: { x: 40, y: 40 } },
      },
    },
    {
      name: 'a contact flow without Return',
      document: flowOf([
        prompt('hi', 'end'),
        { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'garbage actions',
      document: { Actions: [null, 'x', { Type: ['EndFlowModuleExecution'] }] },
      options: { flowType: 'CONTACT_FLOW' },
    },
  ],
  invalid: [
    {
      name: 'Return in an inbound flow given by the options',
      document: flowOf([prompt('hi', 'done'), done]),
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'done', pointer: '/Actions/1/Type' }],
    },
    {
      name: 'Return in a customer queue flow typed by Metadata.type',
      document: {
        ...(flowOf([prompt('hi', 'done'), done]) as object),
        Metadata: { type: 'customerQueue' },
      },
      findings: [{ actionId: 'done', pointer: '/Actions/1/Type' }],
    },
    {
      name: 'Return in a campaign flow',
      document: flowOf([done]),
      options: { flowType: 'CAMPAIGN' },
      findings: [{ actionId: 'done', pointer: '/Actions/0/Type' }],
    },
  ],
});
