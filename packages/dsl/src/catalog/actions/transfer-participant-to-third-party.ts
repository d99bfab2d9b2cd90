import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { dynamic, flag, integer, object, text } from '../schema/builders.js';
import { voiceConnector } from './shared-parameters.js';

const e164 = String.raw`^\+[1-9][0-9]{1,14}$`;
const resuming = { parameter: 'ContinueFlowExecution', notEquals: ['False'] } as const;
const timeoutNames = [
  'ThirdPartyConnectionTimeLimitSeconds',
  'ThirdPartyConnectionTimeoutSeconds',
] as const;

function connectionTimeout(description: string) {
  return integer(description, { minimum: 0, maximum: 600, valueClass: 'jsonpath' });
}

export const transferParticipantToThirdParty = defineAction({
  type: 'TransferParticipantToThirdParty',
  category: 'participant',
  summary: 'Transfers the caller to an external phone number or a Chime Voice Connector.',
  status: 'documented',
  parameters: object(
    'Where to transfer, how long to ring and whether the flow resumes afterwards.',
    {
      ThirdPartyPhoneNumber: text('Number to call, E.164 (+12065550100), or one attribute.', {
        pattern: e164,
      }),
      ThirdPartyConnectionTimeLimitSeconds: connectionTimeout(
        'Seconds to wait for the third party to answer (0-600). The name console exports use.',
      ),
      ThirdPartyConnectionTimeoutSeconds: connectionTimeout(
        'Same as ThirdPartyConnectionTimeLimitSeconds, under the name of the current action page.',
      ),
      ContinueFlowExecution: flag(
        '"True" (the default) resumes the flow when the third party hangs up and the caller stays.',
      ),
      ThirdPartyDTMFDigits: dynamic('Digits sent once the call connects; a comma pauses 750 ms.', {
        pattern: '^[0-9,*#]{1,50}$',
      }),
      CallerId: object('Caller ID shown to the third party.', {
        Number: dynamic('A number claimed by the instance, E.164, or one attribute.', {
          pattern: e164,
        }),
        Name: text('Display name; not guaranteed to be shown.', { minLength: 1 }),
      }),
      VoiceConnector: voiceConnector,
    },
    {
      exclusive: [timeoutNames],
      atLeastOne: [['ThirdPartyPhoneNumber', 'VoiceConnector']],
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'CallFailed',
        description: 'The call to the third party failed (the console\'s "Call failed").',
        connect: 'conditional',
        when: resuming,
      },
      {
        type: 'ConnectionTimeLimitExceeded',
        description: 'The third party did not answer in time (the console\'s "Timeout").',
        connect: 'conditional',
        when: resuming,
      },
      {
        type: 'NoMatchingError',
        description: 'Any other failure, and every contact that is not a voice call.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  effects: { handsOff: true, participantTurn: true },
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      {
        ThirdPartyPhoneNumber: '+12065550100',
        ThirdPartyConnectionTimeLimitSeconds: '30',
        ContinueFlowExecution: 'True',
        ThirdPartyDTMFDigits: ',,123#',
        CallerId: { Number: '$.SystemEndpoint.Address', Name: 'Example Corp' },
      },
      {
        ThirdPartyPhoneNumber: '$.Attributes.transferNumber',
        ThirdPartyConnectionTimeoutSeconds: '$.Attributes.ringSeconds',
        ContinueFlowExecution: 'False',
      },
      {
        VoiceConnector: {
          VoiceConnectorType: 'ChimeConnector',
          VoiceConnectorArn: 'arn:aws:chime:us-east-1:111122223333:vc/abcdefghijklmnop',
          FromUser: '$.CustomerEndpoint.Address',
          ToUser: '+12065550100',
        },
      },
    ],
    invalid: [
      {
        parameters: { ContinueFlowExecution: 'True' },
        reason: 'no phone number and no voice connector',
      },
      {
        parameters: { ThirdPartyPhoneNumber: '206-555-0100' },
        reason: 'the number is not E.164',
      },
      {
        parameters: {
          ThirdPartyPhoneNumber: '+12065550100',
          ThirdPartyConnectionTimeLimitSeconds: '900',
        },
        reason: 'timeout above 600 seconds',
      },
      {
        parameters: {
          ThirdPartyPhoneNumber: '+12065550100',
          ThirdPartyConnectionTimeLimitSeconds: '30',
          ThirdPartyConnectionTimeoutSeconds: '30',
        },
        reason: 'both names of the timeout at once',
      },
      {
        parameters: { ThirdPartyPhoneNumber: '+12065550100', ThirdPartyDTMFDigits: 'ext 12' },
        reason: 'DTMF digits are 0-9, comma, * and # only',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/participant-actions-transferparticipanttothirdparty.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-phone-number.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/contact-flow-resume.html',
    'guide L33420-33519',
  ],
  decisions: [
    {
      decision:
        'Both ThirdPartyConnectionTimeLimitSeconds and ThirdPartyConnectionTimeoutSeconds are accepted, never together; the compiler writes ThirdPartyConnectionTimeLimitSeconds.',
      reason:
        'Every export in the corpus, console block templates included, uses TimeLimitSeconds (the ' +
        "2023 page's name); the current page names it TimeoutSeconds. Neither can be ruled out " +
        'without a live instance, so both pass, and the name real exports use is the one emitted.',
    },
    {
      decision: 'The timeout ranges over 0..600 seconds and may be one whole JSONPath.',
      reason:
        'The current page gives 0 to 600 inclusive, static or a single JSONPath; the guide states ' +
        'no maximum, and the English resume-after-transfer setup page sets it from an attribute.',
    },
    {
      decision:
        'CallFailed and ConnectionTimeLimitExceeded exist exactly when ContinueFlowExecution is not "False".',
      reason:
        'The page says those errors apply only when the flow continues; exports with "False" ' +
        'carry only NoMatchingError, those with "True" connect all three.',
    },
    {
      decision: 'One of ThirdPartyPhoneNumber and VoiceConnector is required; both may be present.',
      reason:
        'A transfer needs a destination; the page says the phone number is ignored, not rejected, ' +
        'when a voice connector is set.',
    },
    {
      decision: 'ThirdPartyPhoneNumber must be E.164 or one whole JSONPath.',
      reason:
        'The page and the guide require E.164 (L4284-4288); its value class allows embedded ' +
        'references, but a number with an embedded reference cannot be checked statically and ' +
        'was only seen in template placeholders, so it is not accepted.',
    },
  ],
});
