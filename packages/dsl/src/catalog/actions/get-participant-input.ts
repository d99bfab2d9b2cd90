import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { flag, integer, literal, object, text } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import { messageChoices, messageProperties } from './shared-parameters.js';

const storing = { parameter: 'StoreInput', equals: ['True'] } as const;

const phoneNumberFormat = object(
  'Accept a phone number.',
  {
    NumberFormat: literal('Local numbers need CountryCode.', {
      enum: ['Local', 'E164'],
    }),
    CountryCode: literal('ISO 3166 two-letter country code.', {
      pattern: '^[A-Z]{2}$',
    }),
  },
  { required: ['NumberFormat'] },
);

const phoneNumberValidation: JsonSchema = {
  ...phoneNumberFormat,
  allOf: [
    ...(phoneNumberFormat.allOf ?? []),
    {
      $comment: 'NumberFormat "Local" needs CountryCode',
      if: { properties: { NumberFormat: { const: 'Local' } }, required: ['NumberFormat'] },
      then: { required: ['CountryCode'] },
    },
  ],
};

export const getParticipantInput = defineAction({
  type: 'GetParticipantInput',
  category: 'participant',
  summary:
    'Collects DTMF digits: branches on a single key, or stores the input in $.StoredCustomerInput.',
  status: 'documented',
  parameters: object(
    'Prompt, timeout and what to do with the keys pressed.',
    {
      ...messageProperties,
      InputTimeLimitSeconds: integer('Seconds to wait for the first digit.', {
        minimum: 1,
        maximum: 179,
      }),
      StoreInput: flag('"True" stores the input (Store customer input) instead of branching.'),
      InputValidation: object(
        'How stored input is checked. Only with StoreInput "True".',
        {
          PhoneNumberValidation: phoneNumberValidation,
          CustomValidation: object(
            'Accept any digits up to a length.',
            {
              MaximumLength: integer('Most digits accepted.', { minimum: 1, maximum: 20 }),
            },
            { required: ['MaximumLength'] },
          ),
        },
        {
          exclusive: [['PhoneNumberValidation', 'CustomValidation']],
          atLeastOne: [['PhoneNumberValidation', 'CustomValidation']],
        },
      ),
      InputEncryption: object(
        'Encrypt the stored input. Only with CustomValidation.',
        {
          EncryptionKeyId: text('Id of the signing key registered with the instance.'),
          Key: text('Public encryption key (PEM).'),
        },
        { required: ['EncryptionKeyId', 'Key'] },
      ),
      DTMFConfiguration: object('Overrides of the default DTMF behaviour.', {
        InputTerminationSequence: literal('Keys that end input early (up to five of 0-9 * #).', {
          pattern: '^[0-9*#]{1,5}$',
        }),
        DisableCancelKey: flag('"True" stops * from cancelling the input.'),
        InterdigitTimeLimitSeconds: integer('Seconds allowed between digits.', {
          minimum: 1,
          maximum: 20,
        }),
      }),
    },
    {
      required: ['InputTimeLimitSeconds'],
      exclusive: [messageChoices],
      atLeastOne: [messageChoices],
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'An error occurred while collecting input.',
        connect: 'required',
      },
      {
        type: 'NoMatchingCondition',
        description: 'The key pressed matches no condition (the console\'s "Default").',
        connect: 'conditional',
        when: { parameter: 'StoreInput', notEquals: ['True'] },
      },
      {
        type: 'InputTimeLimitExceeded',
        description: 'No key was pressed in time (the console\'s "Timeout").',
        connect: 'optional',
      },
      {
        type: 'InvalidPhoneNumber',
        description: 'The stored input is not a valid phone number.',
        connect: 'conditional',
        when: { parameter: 'InputValidation.PhoneNumberValidation', present: true },
      },
    ],
    conditions: {
      result: 'The key the customer pressed.',
      operators: ['Equals'],
      operand: {
        kind: 'pattern',
        pattern: '^[0-9*#]$',
        description: 'one key: 0-9, * or #',
      },
      when: { parameter: 'StoreInput', notEquals: ['True'] },
    },
  },
  effects: { participantTurn: true },
  channels: {
    ...supportedOn(['VOICE'], { onUnsupported: 'Error' }),
    TASK: { support: 'yes', note: 'The guide lists tasks as supported; no input is collected.' },
  },
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { Text: 'For sales press 1.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
      {
        PromptId: 'arn:aws:connect:us-east-1:111122223333:instance/abc/prompt/def',
        InputTimeLimitSeconds: 8,
        StoreInput: 'True',
        InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } },
      },
    ],
    invalid: [
      { parameters: { Text: 'Press 1.' }, reason: 'InputTimeLimitSeconds is required' },
      {
        parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '200' },
        reason: 'timeout above 179 seconds',
      },
      {
        parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5', MaxDigits: 1 },
        reason: 'MaxDigits is not a parameter',
      },
      {
        parameters: {
          Text: 'Enter your phone number.',
          InputTimeLimitSeconds: '8',
          StoreInput: 'True',
          InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local' } },
        },
        reason: 'a local number needs the country it is local to',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-getparticipantinput.html',
    'guide L30324-30754, L33165-33309',
  ],
  decisions: [
    {
      decision: 'InputTimeLimitSeconds ranges over 1..179.',
      reason:
        'The guide gives a maximum of 179 seconds for the DTMF timeout (L30386-30388); a ' +
        'third-party report says 180. The stricter, documented bound wins.',
    },
    {
      decision: 'PhoneNumberValidation with NumberFormat "Local" requires CountryCode.',
      reason:
        'The guide has the author pick the country for the local format, which supplies the ' +
        'country code the caller does not dial; only the international format goes without one ' +
        '(L33258-33263). Every corpus export of the Local format carries a CountryCode.',
    },
    {
      decision: 'InputTimeLimitExceeded may be left unconnected.',
      reason:
        'It is newer than most exports, which route timeouts through NoMatchingCondition; the ' +
        'reference only requires NoMatchingError.',
    },
    {
      decision: 'Tasks are listed as supported although the action page says voice only.',
      reason:
        'The guide\'s channel table for Get customer input marks Task "yes"; a rule that errs on ' +
        'a documented combination would be worse than one that stays silent.',
    },
  ],
});
