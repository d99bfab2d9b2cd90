import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, integer, map, object, resource, text } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

const synchronousLimit = 8;
const asynchronousLimit = 60;

const timeLimit = (maximum: number) =>
  integer(`Seconds to wait for the function, 1-${maximum}.`, { minimum: 1, maximum });

// Values are text that may embed references, or nested JSON (the guide's JSON input example).
const invocationValue: JsonSchema = {
  description: 'Value sent to the function: text with optional references, or any JSON value.',
  anyOf: [text('Text; may embed references.'), { type: ['number', 'boolean', 'object', 'array'] }],
};

const base = object(
  'The function, its input and how to wait for it.',
  {
    LambdaFunctionARN: resource('lambda-function', 'Function ARN; may come from attributes.', {
      valueClass: 'text',
    }),
    InvocationTimeLimitSeconds: timeLimit(asynchronousLimit),
    InvocationType: choice(
      '"SYNCHRONOUS" (default) waits for the result; "ASYNCHRONOUS" moves on.',
      ['SYNCHRONOUS', 'ASYNCHRONOUS'],
    ),
    LambdaInvocationAttributes: map('Input parameters sent with the invocation.', invocationValue),
    ResponseValidation: object(
      'How the response is read.',
      {
        ResponseType: choice(
          'STRING_MAP: flat string key/values; JSON: any JSON, nesting allowed.',
          ['STRING_MAP', 'JSON'],
        ),
      },
      { required: ['ResponseType'] },
    ),
  },
  { required: ['LambdaFunctionARN', 'InvocationTimeLimitSeconds'] },
);

export const invokeLambdaFunction = defineAction({
  type: 'InvokeLambdaFunction',
  category: 'interaction',
  summary: 'Invokes an AWS Lambda function; its response is readable under $.External.',
  status: 'documented',
  parameters: {
    ...base,
    allOf: [
      ...(base.allOf ?? []),
      {
        $comment: 'The 8-second limit applies unless the invocation is asynchronous.',
        if: {
          required: ['InvocationType'],
          properties: { InvocationType: { const: 'ASYNCHRONOUS' } },
        },
        else: { properties: { InvocationTimeLimitSeconds: timeLimit(synchronousLimit) } },
      },
    ],
  },
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The function failed, timed out, was throttled past its retries or returned a response ' +
          'the validation rejects.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookupCustomer',
        InvocationTimeLimitSeconds: '8',
        LambdaInvocationAttributes: { phone: '$.CustomerEndpoint.Address', source: 'ivr' },
        ResponseValidation: { ResponseType: 'STRING_MAP' },
      },
      {
        LambdaFunctionARN: '$.Attributes.handlerArn',
        InvocationTimeLimitSeconds: 45,
        InvocationType: 'ASYNCHRONOUS',
        LambdaInvocationAttributes: { order: { id: '$.Attributes.orderId', rush: true } },
        ResponseValidation: { ResponseType: 'JSON' },
      },
    ],
    invalid: [
      {
        parameters: {
          LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookupCustomer',
          InvocationTimeLimitSeconds: '30',
        },
        reason: 'synchronous invocations wait at most 8 seconds',
      },
      {
        parameters: {
          LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookupCustomer',
        },
        reason: 'InvocationTimeLimitSeconds is required',
      },
      {
        parameters: {
          LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:lookupCustomer',
          InvocationTimeLimitSeconds: '5',
          ResponseValidation: { ResponseType: 'XML' },
        },
        reason: 'ResponseType is STRING_MAP or JSON',
      },
      {
        parameters: { LambdaFunctionARN: '', InvocationTimeLimitSeconds: '8' },
        reason: 'empty function ARN',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-invokelambdafunction.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html',
    'guide L30935-31027, L37503-37812',
  ],
  decisions: [
    {
      decision:
        'InvocationTimeLimitSeconds is 1..8, or 1..60 when InvocationType is "ASYNCHRONOUS".',
      reason:
        'The action page and the guide give 8 seconds (L37565-37566), written before asynchronous ' +
        'invocation existed; the current English block page allows up to 60 seconds in ' +
        'asynchronous mode. Values such as "30" on synchronous calls stay errors.',
    },
    {
      decision: 'Allowed in every flow type and on email.',
      reason:
        "The action page says all channels and all flow types. The guide's block page omits " +
        'outbound whisper flows, yet its own E911 example invokes Lambda there (L15900-15906); the ' +
        'current English block page adds email.',
    },
    {
      decision: 'LambdaInvocationAttributes values may be nested JSON as well as text.',
      reason:
        'The guide says the block accepts JSON input with primitive types and nested objects ' +
        '(L37655-37662); strings keep the "static or dynamic" class of the action page.',
    },
    {
      decision: 'InvocationType and ResponseValidation are optional.',
      reason:
        'Both are on the current action page; older console exports omit them and the service ' +
        'accepts those flows (synchronous, string-map behaviour).',
    },
  ],
});
