import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { dynamic, integer, literal, object, undocumentedParameters } from '../schema/builders.js';
import { allBlocksExportSource, observedTypesSource } from './shared-observed.js';

export const authenticateParticipant = defineAction({
  type: 'AuthenticateParticipant',
  category: 'participant',
  summary:
    'Asks a chat customer to sign in through Amazon Cognito and stores the identity in Customer Profiles (Authenticate Customer).',
  status: 'observed',
  parameters: undocumentedParameters(
    'Cognito user pool, Customer Profiles mapping and sign-in timeout. Not in the Flow-language reference; names from console exports.',
    {
      CognitoConfiguration: object(
        'The Cognito user pool and app client the customer signs in with. Exports of an unconfigured block write {}.',
        {
          UserPoolArn: dynamic(
            'ARN of the Cognito user pool (name reported by a community library).',
            {
              minLength: 1,
            },
          ),
          AppClientId: dynamic(
            'Id of the Cognito app client (name reported by a community library).',
            {
              minLength: 1,
            },
          ),
        },
        { additionalProperties: true },
      ),
      CustomerProfilesConfiguration: object(
        'How the Cognito attributes are written to Customer Profiles.',
        {
          ObjectTypeName: literal(
            'Object type mapping used for ingestion; the default template is written as "Cognito-attributes".',
            { minLength: 1 },
          ),
        },
        { additionalProperties: true },
      ),
      TimeLimitMinutes: integer(
        'Minutes an inactive customer may take to sign in before the Timeout branch (3 to 15; default 3).',
        { minimum: 3, maximum: 15 },
      ),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'Authentication failed or could not start (the console\'s "Error").',
        connect: 'required',
      },
      {
        type: 'TimeLimitExceeded',
        description:
          'The customer did not sign in within TimeLimitMinutes (the console\'s "Timeout").',
        connect: 'optional',
      },
    ],
    conditions: {
      result: 'How the sign-in ended; only the customer declining is branched on.',
      operators: ['Equals'],
      operand: { kind: 'enum', values: ['OptedOut'] },
    },
  },
  channels: supportedOn(['CHAT'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW']),
  examples: {
    valid: [
      {
        CognitoConfiguration: {
          UserPoolArn: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_Example1',
          AppClientId: '1example23456789',
        },
        CustomerProfilesConfiguration: { ObjectTypeName: 'Cognito-attributes' },
        TimeLimitMinutes: '5',
      },
      {
        CognitoConfiguration: {},
        CustomerProfilesConfiguration: { ObjectTypeName: 'Cognito-attributes' },
        TimeLimitMinutes: '3',
      },
    ],
    invalid: [
      {
        parameters: {
          CustomerProfilesConfiguration: { ObjectTypeName: 'Cognito-attributes' },
          TimeLimitMinutes: '30',
        },
        reason: 'the sign-in timeout is at most 15 minutes',
      },
      {
        parameters: { TimeLimitMinutes: '2' },
        reason: 'the sign-in timeout is at least 3 minutes',
      },
      {
        parameters: { CognitoConfiguration: 'us-east-1_Example1' },
        reason: 'CognitoConfiguration is an object, not a pool id',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/authenticate-customer.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/block-support-by-channel.html',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision: 'The type is catalogued as observed, with an open parameter schema.',
      reason:
        'The Flow-language reference has no page for it; the admin guide page for Authenticate Customer names ' +
        'AuthenticateParticipant, and two console exports (one in the corpus) carry the same three parameters. ' +
        'No source lists the full parameter set, so unknown names are let through.',
    },
    {
      decision: 'CognitoConfiguration.UserPoolArn and AppClientId are suggested but not required.',
      reason:
        'Both exports were saved from an unconfigured block and write an empty object; the two names come from ' +
        'a single community builder library and are not confirmed by AWS or an export.',
    },
    {
      decision: 'TimeLimitMinutes ranges over 3..15.',
      reason:
        'The admin guide block page gives 3 minutes as the minimum and default and 15 as the maximum.',
    },
    {
      decision: 'TimeLimitExceeded may be left unconnected; NoMatchingError is required.',
      reason:
        'Exports always write both, but exports also write unconnected branches, so they prove nothing about ' +
        'publishing. Requiring only the generic error keeps the rule from rejecting a flow the service may accept.',
    },
    {
      decision: 'The only condition operand is OptedOut, compared with Equals.',
      reason:
        'Both exports write exactly one condition, Equals OptedOut, for the console\'s "Opted out" branch; ' +
        'success continues to NextAction.',
    },
    {
      decision: 'Chat only; voice, task and email take the Error branch. Inbound flows only.',
      reason:
        'The block page and the channel table both say so (email included, "No - Error branch"); the block ' +
        'page lists the inbound flow type alone.',
    },
  ],
});
