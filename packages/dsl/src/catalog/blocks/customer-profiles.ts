import { defineBlock, defineBranch } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { error, success, successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

const multipleFound = defineBranch({
  name: 'Multiple found',
  method: 'onMultipleFound',
  target: { kind: 'error', errorType: 'MultipleFoundError' },
  description: 'More than one profile matches the search identifiers.',
});
const notFound = defineBranch({
  name: 'Not found',
  method: 'onNotFound',
  target: { kind: 'error', errorType: 'NoneFoundError' },
  description: 'Nothing matched: no profile, profile object or calculated attribute.',
});

export const customerProfiles = defineBlock({
  id: 'customer-profiles',
  name: 'Customer profiles',
  builder: 'manageCustomerProfile',
  summary:
    'Finds, creates or updates a Customer Profile, reads its objects or calculated attributes, or ' +
    'links the contact to it.',
  variants: [
    {
      mode: 'get',
      actionType: 'GetCustomerProfile',
      description: 'Get profile: searches with one to five identifiers joined by AND or OR.',
      branches: [success, error, multipleFound, notFound],
    },
    {
      mode: 'create',
      actionType: 'CreateCustomerProfile',
      description: 'Create profile.',
      branches: successOrError,
    },
    {
      mode: 'update',
      actionType: 'UpdateCustomerProfile',
      description: 'Update profile: usually after Get profile.',
      branches: successOrError,
    },
    {
      mode: 'get-object',
      actionType: 'GetCustomerProfileObject',
      description: 'Get profile object: the latest object of a type, or one found by identifier.',
      branches: [success, error, notFound],
    },
    {
      mode: 'get-calculated-attributes',
      actionType: 'GetCalculatedAttributesForCustomerProfile',
      description: 'Get calculated attributes of a profile.',
      branches: [success, error, notFound],
    },
    {
      mode: 'associate-contact',
      actionType: 'AssociateContactToCustomerProfile',
      description: 'Associate contact to profile.',
      branches: successOrError,
    },
  ],
  branches: [success, error, multipleFound, notFound],
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29888-30168',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-getcustomerprofile.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-createcustomerprofile.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-updatecustomerprofile.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-getcustomerprofileobject.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-getcalculatedattributesforcustomerprofile.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/interactions-associatecontacttocustomerprofile.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Multiple found belongs to Get profile only; Not found to Get profile, Get profile object and ' +
        'Get calculated attributes.',
      reason:
        'The guide lists the branches per property page (L29984-29995, L30066-30071, L30104-30108) and ' +
        'the action reference gives MultipleFoundError and NoneFoundError to exactly those actions. ' +
        'Note the suffix: these are MultipleFoundError/NoneFoundError, unlike the Cases block, whose ' +
        'GetCase uses MultipleFound/NoneFound.',
    },
    emailFromBlockChannelTable,
  ],
});
