import { embeddedReference } from '../../src/rules/embedded-reference.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const action = (type: string, parameters: unknown, id = type) => ({
  Identifier: id,
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

const arn = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';

testRule(embeddedReference, {
  valid: [
    {
      name: 'references inside free text',
      document: flowOf([
        action('MessageParticipant', { Text: 'Hello $.Customer.FirstName, you owe $5.00.' }),
        action('UpdateContactAttributes', {
          Attributes: { fullName: '$.Customer.FirstName $.Customer.LastName' },
        }),
        action('InvokeLambdaFunction', {
          LambdaFunctionARN: 'arn:aws:lambda:$.AwsRegion:111122223333:function:lookup',
          InvocationTimeLimitSeconds: '3',
        }),
        bye,
      ]),
    },
    {
      name: 'a whole JSONPath where one is allowed, and literals',
      document: flowOf([
        action('UpdateContactTargetQueue', { QueueId: '$.Attributes.queueArn' }, 'q1'),
        action('UpdateContactTargetQueue', { QueueId: `${arn}/queue/abc` }, 'q2'),
        action('TransferToFlow', { ContactFlowId: "$.Attributes.['next flow']" }),
        bye,
      ]),
    },
    {
      name: 'a Lambda alias and prices are not references',
      document: flowOf([
        action('CreateWisdomSession', { WisdomAssistantArn: `${arn}:$LATEST` }),
        action('UpdateContactData', { TargetContact: 'Current', CustomerId: 'US$5' }),
        bye,
      ]),
    },
    {
      name: 'a value the schema already refuses',
      document: flowOf([
        action('UpdateCase', {
          LinkContactToCase: 'false',
          CaseId: 'case-$.Attributes.caseId',
          CaseRequestFields: { status: 'closed' },
        }),
        bye,
      ]),
    },
    {
      name: 'action types the catalog does not know, and garbage parameters',
      document: flowOf([
        action('SetQueue', { QueueId: 'x $.Attributes.q' }),
        action('UpdateContactTargetQueue', { QueueId: ['x $.Attributes.q'] }, 'q'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'a reference inside a queue ARN',
      document: flowOf([
        action('UpdateContactTargetQueue', { QueueId: `${arn}/queue/$.Attributes.queueId` }),
        bye,
      ]),
      findings: [
        { actionId: 'UpdateContactTargetQueue', pointer: '/Actions/0/Parameters/QueueId' },
      ],
    },
    {
      name: 'a reference after a space, in nested and listed parameters',
      document: flowOf([
        action('TransferToFlow', { ContactFlowId: ' $.Attributes.flowArn' }),
        action('AssociateContactToCustomerProfile', {
          ProfileRequestData: {
            ProfileId: 'profile-$.Customer.ProfileId',
            ContactId: '$.ContactId',
          },
        }),
        action('MessageParticipantIteratively', {
          Messages: [{ PromptId: `${arn}/prompt/$.Attributes.promptId` }],
        }),
        bye,
      ]),
      findings: [
        { actionId: 'TransferToFlow', pointer: '/Actions/0/Parameters/ContactFlowId' },
        {
          actionId: 'AssociateContactToCustomerProfile',
          pointer: '/Actions/1/Parameters/ProfileRequestData/ProfileId',
        },
        {
          actionId: 'MessageParticipantIteratively',
          pointer: '/Actions/2/Parameters/Messages/0/PromptId',
        },
      ],
    },
    {
      name: 'a reference inside a literal-only parameter',
      document: flowOf([
        action('CreateTask', {
          ContactFlowId: `${arn}/contact-flow/abc`,
          Name: 'Follow up',
          TaskTemplateId: 'template-$.Attributes.template',
        }),
        bye,
      ]),
      findings: [{ actionId: 'CreateTask', pointer: '/Actions/0/Parameters/TaskTemplateId' }],
    },
  ],
});
