import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error, success } from './shared-branches.js';

const invalidNumber = defineBranch({
  name: 'Invalid number',
  method: 'onInvalidNumber',
  target: { kind: 'error', errorType: 'InvalidPhoneNumber' },
  description: 'The digits entered are not a valid phone number.',
});

export const storeCustomerInput = defineBlock({
  id: 'store-customer-input',
  name: 'Store customer input',
  builder: 'storeCustomerInput',
  summary:
    'Plays a prompt and stores the digits entered in the Stored customer input attribute, optionally encrypted.',
  variants: [
    {
      mode: 'custom',
      actionType: 'GetParticipantInput',
      preset: { StoreInput: 'True' },
      match: [
        { parameter: 'StoreInput', equals: ['True'] },
        { parameter: 'InputValidation.PhoneNumberValidation', present: false },
      ],
      description: '"Custom": up to a maximum number of digits; the only mode that can encrypt.',
      branches: [success, error],
    },
    {
      mode: 'phone-number',
      actionType: 'GetParticipantInput',
      preset: { StoreInput: 'True' },
      match: [
        { parameter: 'StoreInput', equals: ['True'] },
        { parameter: 'InputValidation.PhoneNumberValidation', present: true },
      ],
      description:
        '"Phone number": a local or international (E.164) number, checked as it is stored.',
      branches: [success, error, invalidNumber],
    },
  ],
  branches: [success, error, invalidNumber],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  sources: [
    'guide L33165-33309',
    'https://docs.aws.amazon.com/connect/latest/adminguide/store-customer-input.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-getparticipantinput.html',
  ],
  decisions: [
    {
      decision: 'Invalid number exists only in phone-number mode.',
      reason:
        'The guide lists Success, Error and Invalid number for the block (L33286-33292); the action ' +
        'defines InvalidPhoneNumber only with PhoneNumberValidation, and corpus exports in custom mode ' +
        'carry NoMatchingError alone while phone-number mode adds InvalidPhoneNumber.',
    },
    {
      decision: 'No Timeout branch: a customer who enters nothing takes Success.',
      reason:
        'The guide says the contact goes to Success with the value "Timeout" stored, to be checked ' +
        'with Check contact attributes (L33179-33182). No store-mode action in the corpus routes ' +
        'InputTimeLimitExceeded.',
    },
    {
      decision: 'Email is unsupported and takes Error.',
      reason:
        'The Korean guide has no email column; the current English block page lists Email as ' +
        '"No - Error branch".',
    },
  ],
});
