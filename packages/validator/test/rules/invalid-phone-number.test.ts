import { invalidPhoneNumber } from '../../src/rules/invalid-phone-number.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const errors = [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }];

const transfer = (parameters: unknown) => ({
  Identifier: 'transfer',
  Type: 'TransferParticipantToThirdParty',
  Parameters: parameters,
  Transitions: { NextAction: 'bye', Errors: errors },
});

const callback = (callerId: unknown) => ({
  Identifier: 'callback',
  Type: 'CreateCallbackContact',
  Parameters: {
    InitialCallDelaySeconds: '5',
    MaximumConnectionAttempts: '3',
    RetryDelaySeconds: '600',
    CallerId: callerId,
  },
  Transitions: { NextAction: 'bye', Errors: errors },
});

const dial = (number: string) => ({
  Identifier: 'dial',
  Type: 'CompleteOutboundCall',
  Parameters: { CallerId: { Number: number } },
  Transitions: { NextAction: 'bye' },
});

const sms = (address: string) => ({
  Identifier: 'sms',
  Type: 'StartOutboundChatContact',
  Parameters: { DestinationEndpoint: { Address: address, Type: 'TELEPHONE_NUMBER' } },
  Transitions: { NextAction: 'bye', Errors: errors },
});

testRule(invalidPhoneNumber, {
  valid: [
    {
      name: 'valid numbers of several countries',
      document: flowOf([
        transfer({ ThirdPartyPhoneNumber: '+12065550100', CallerId: { Number: '+442071838750' } }),
        callback('+61291234567'),
        dial('+819012345678'),
        sms('+4915212345678'),
        bye,
      ]),
    },
    {
      name: 'numbers read from contact data',
      document: flowOf([
        transfer({
          ThirdPartyPhoneNumber: '$.Attributes.transferNumber',
          CallerId: { Number: '$.SystemEndpoint.Address' },
        }),
        callback('$.Queue.OutboundCallerId.Address'),
        bye,
      ]),
    },
    {
      name: 'a callback caller ID given as the ARN of a claimed number',
      document: flowOf([
        callback(
          'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/phone-number/abc',
        ),
        bye,
      ]),
    },
    {
      name: 'a deploy-time placeholder',
      document: flowOf([transfer({ ThirdPartyPhoneNumber: '+1{{phoneNumber}}' }), bye]),
    },
    {
      name: 'a value the schema already refuses (not E.164 where the schema wants E.164)',
      document: flowOf([transfer({ ThirdPartyPhoneNumber: '206-555-0100' }), bye]),
    },
    {
      name: 'garbage parameters',
      document: flowOf([
        transfer({ ThirdPartyPhoneNumber: 12065550100, CallerId: 'x' }),
        callback({ Number: '+1' }),
        { Identifier: 'x', Type: 'TransferParticipantToThirdParty', Parameters: [] },
        bye,
      ]),
    },
    {
      name: 'a phone-like string in a parameter that is not a phone number',
      document: flowOf([
        {
          Identifier: 'note',
          Type: 'UpdateContactAttributes',
          Parameters: { Attributes: { ThirdPartyPhoneNumber: '+1555' } },
          Transitions: { NextAction: 'bye', Errors: errors },
        },
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'a number one digit short',
      document: flowOf([transfer({ ThirdPartyPhoneNumber: '+1206555010' }), bye]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/0/Parameters/ThirdPartyPhoneNumber' }],
    },
    {
      name: 'an unknown country calling code and a caller ID in no number range',
      document: flowOf([
        transfer({
          ThirdPartyPhoneNumber: '+999123456789',
          CallerId: { Number: '+15555550100' },
        }),
        bye,
      ]),
      findings: [
        { actionId: 'transfer', pointer: '/Actions/0/Parameters/ThirdPartyPhoneNumber' },
        { actionId: 'transfer', pointer: '/Actions/0/Parameters/CallerId/Number' },
      ],
    },
    {
      name: 'a callback caller ID that is not E.164 (the schema does not check this one)',
      document: flowOf([callback('(206) 555-0100'), bye]),
      findings: [{ actionId: 'callback', pointer: '/Actions/0/Parameters/CallerId' }],
    },
    {
      name: 'a number too long for its country, on an outbound call and an SMS',
      document: flowOf([dial('+120655501000'), sms('+551191234567'), bye]),
      findings: [
        { actionId: 'dial', pointer: '/Actions/0/Parameters/CallerId/Number' },
        { actionId: 'sms', pointer: '/Actions/1/Parameters/DestinationEndpoint/Address' },
      ],
    },
    {
      name: 'a UK number that keeps its trunk prefix 0 after +44',
      document: flowOf([transfer({ ThirdPartyPhoneNumber: '+4402071838750' }), bye]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/0/Parameters/ThirdPartyPhoneNumber' }],
    },
  ],
});
