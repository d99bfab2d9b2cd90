import { hardCodedInstanceArn } from '../../src/rules/hard-coded-instance-arn.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const instance =
  'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

const action = (id: string, type: string, parameters: unknown) => ({
  Identifier: id,
  Type: type,
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

testRule(hardCodedInstanceArn, {
  valid: [
    {
      name: 'a queue from a contact attribute',
      document: flowOf([
        action('q', 'UpdateContactTargetQueue', { QueueId: '$.Attributes.queue' }),
        bye,
      ]),
    },
    {
      name: 'ARNs built from deploy-time placeholders',
      document: flowOf([
        action('attrs', 'UpdateFlowAttributes', {
          FlowAttributes: {
            sales: {
              Value:
                'arn:aws:connect:${REGION}:${ACCT_ID}:instance/${INSTANCE_ID}/queue/${Q:sales:Q}',
            },
            fn: { Value: 'arn:aws:lambda:$.AwsRegion:${ACCT_ID}:function:lookup' },
          },
        }),
        action('fn', 'InvokeLambdaFunction', {
          LambdaFunctionARN: '{{lambdaFunctions.lookup.arn}}',
          InvocationTimeLimitSeconds: '3',
        }),
        bye,
      ]),
    },
    {
      name: 'an AWS-managed view (account "aws")',
      document: flowOf([
        action('view', 'ShowView', {
          ViewResource: { Id: 'arn:aws:connect:us-east-1:aws:view/cards:1' },
        }),
        bye,
      ]),
    },
    {
      name: 'an ARN of another service',
      document: flowOf([
        action('q', 'CreateWisdomSession', {
          WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/abc',
        }),
        bye,
      ]),
    },
    {
      name: 'garbage and deep nesting',
      document: {
        Actions: [
          null,
          {
            Identifier: 'x',
            Parameters: JSON.parse(`${'{"a":'.repeat(200)}"${instance}/queue/q"${'}'.repeat(200)}`),
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a queue ARN, a prompt ARN in a list and a Lambda ARN, one finding per parameter',
      document: flowOf([
        action('q', 'UpdateContactTargetQueue', {
          QueueId: `${instance}/queue/11111111-2222-3333-4444-555555555555`,
        }),
        action('music', 'MessageParticipantIteratively', {
          Messages: [{ Text: 'Please hold.' }, { PromptId: `${instance}/prompt/p1` }],
        }),
        action('fn', 'InvokeLambdaFunction', {
          LambdaFunctionARN: 'arn:aws:lambda:eu-west-2:111122223333:function:lookup',
          InvocationTimeLimitSeconds: '3',
          LambdaInvocationAttributes: { first: `${instance}/queue/a ${instance}/queue/b` },
        }),
        bye,
      ]),
      findings: [
        { actionId: 'q', pointer: '/Actions/0/Parameters/QueueId' },
        { actionId: 'music', pointer: '/Actions/1/Parameters/Messages/1/PromptId' },
        { actionId: 'fn', pointer: '/Actions/2/Parameters/LambdaFunctionARN' },
        { actionId: 'fn', pointer: '/Actions/2/Parameters/LambdaInvocationAttributes/first' },
      ],
    },
    {
      name: 'a Lex bot alias and a hours ARN in a GovCloud partition',
      document: flowOf([
        action('bot', 'ConnectParticipantWithLexBot', {
          Text: 'Hi',
          LexV2Bot: {
            AliasArn: 'arn:aws:lex:us-west-2:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST',
          },
        }),
        action('hours', 'CheckHoursOfOperation', {
          HoursOfOperationId:
            'arn:aws-us-gov:connect:us-gov-west-1:111122223333:instance/i/operating-hours/h',
        }),
        bye,
      ]),
      findings: [
        { actionId: 'bot', pointer: '/Actions/0/Parameters/LexV2Bot/AliasArn' },
        { actionId: 'hours', pointer: '/Actions/1/Parameters/HoursOfOperationId' },
      ],
    },
  ],
});
