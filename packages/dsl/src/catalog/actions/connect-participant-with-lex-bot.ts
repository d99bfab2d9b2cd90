import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { integer, map, object, resource, text } from '../schema/builders.js';
import { messageChoices, messageProperties } from './shared-parameters.js';

const lexBots = ['LexV2Bot', 'LexBot'] as const;

export const connectParticipantWithLexBot = defineAction({
  type: 'ConnectParticipantWithLexBot',
  category: 'participant',
  summary: 'Hands the contact to an Amazon Lex bot and branches on the intent it recognises.',
  status: 'documented',
  parameters: object(
    'The bot, an optional opening message and the session settings.',
    {
      ...messageProperties,
      LexV2Bot: object(
        'An Amazon Lex (V2) bot.',
        {
          AliasArn: resource('lex-bot-alias', 'ARN of the bot alias; may embed references.', {
            valueClass: 'text',
          }),
        },
        { required: ['AliasArn'] },
      ),
      LexBot: object(
        'An Amazon Lex (Classic) bot.',
        {
          Name: text('Bot name.', { minLength: 1 }),
          Region: text('AWS Region of the bot, e.g. us-east-1.', { minLength: 1 }),
          Alias: text('Bot alias.', { minLength: 1 }),
        },
        { required: ['Name', 'Region', 'Alias'] },
      ),
      LexSessionAttributes: map(
        'Session attributes sent to the bot (e.g. x-amz-lex:audio:start-timeout-ms:*:*).',
        text('Attribute value.'),
      ),
      LexInitializationData: object(
        "Chat only: the customer's first message, handed to the bot as its first input.",
        { InitialMessage: text('Usually $.Media.InitialMessage.', { minLength: 1 }) },
        { required: ['InitialMessage'] },
      ),
      LexTimeoutSeconds: object(
        'Chat only: inactivity timer of the Lex conversation.',
        {
          Text: integer(
            'Seconds of customer inactivity before InputTimeLimitExceeded (1 minute to 7 days).',
            {
              minimum: 60,
              maximum: 604800,
            },
          ),
        },
        { required: ['Text'] },
      ),
    },
    {
      exclusive: [messageChoices, lexBots],
      atLeastOne: [[...messageChoices, 'LexInitializationData'], lexBots],
    },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingCondition',
        description: 'The intent matches no condition (the console\'s "Default").',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'The bot could not be reached or failed (also a language mismatch on Lex V2).',
        connect: 'required',
      },
      {
        type: 'InputTimeLimitExceeded',
        description:
          'The chat customer stayed inactive past LexTimeoutSeconds (the console\'s "Timeout").',
        connect: 'conditional',
        when: { parameter: 'LexTimeoutSeconds', present: true },
      },
    ],
    conditions: {
      result: 'The name of the intent the bot matched (case-sensitive).',
      operators: ['Equals'],
      operand: { kind: 'any' },
    },
  },
  effects: { participantTurn: true },
  channels: {
    ...supportedOn(['VOICE', 'CHAT', 'TASK'], { onUnsupported: 'Error' }),
    VOICE: {
      support: 'yes',
      note: 'LexInitializationData and LexTimeoutSeconds apply to chat only.',
    },
    CHAT: { support: 'yes', note: 'Text only; PromptId, SSML and Media are voice-only.' },
  },
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      {
        Text: 'How can I help you today?',
        LexV2Bot: {
          AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDEFGHIJ/KLMNOPQRST',
        },
        LexSessionAttributes: { 'x-amz-lex:audio:start-timeout-ms:*:*': '4000' },
      },
      {
        LexV2Bot: { AliasArn: '$.Attributes.botAliasArn' },
        LexInitializationData: { InitialMessage: '$.Media.InitialMessage' },
        LexTimeoutSeconds: { Text: '300' },
      },
      {
        SSML: '<speak>Say sales or support.</speak>',
        LexBot: { Name: 'RoutingBot', Region: 'us-east-1', Alias: 'prod' },
      },
    ],
    invalid: [
      {
        parameters: { LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/A/B' } },
        reason: 'nothing to say: no message and no LexInitializationData',
      },
      { parameters: { Text: 'How can I help?' }, reason: 'no bot: LexV2Bot or LexBot is required' },
      {
        parameters: {
          Text: 'How can I help?',
          LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:111122223333:bot-alias/A/B' },
          LexBot: { Name: 'RoutingBot', Region: 'us-east-1', Alias: 'prod' },
        },
        reason: 'LexV2Bot and LexBot together',
      },
      {
        parameters: {
          LexV2Bot: { AliasArn: '$.Attributes.botAliasArn' },
          LexInitilizationData: { InitialMessage: '$.Media.InitialMessage' },
        },
        reason:
          "LexInitilizationData is the syntax block's typo; the parameter is LexInitializationData",
      },
      {
        parameters: {
          Text: 'Hi',
          LexV2Bot: { AliasArn: '$.Attributes.botAliasArn' },
          LexTimeoutSeconds: { Text: '30' },
        },
        reason: 'the chat timeout is at least one minute',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-connectparticipantwithlexbot.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/participant-actions-connectparticipantwithlexbot.html',
    'guide L30324-30754',
  ],
  decisions: [
    {
      decision: 'The parameter is spelled LexInitializationData; LexInitilizationData is rejected.',
      reason:
        'Only the APIReference "Action syntax" block has the misspelling. The developer-guide page ' +
        'and the service\'s own problem text ("At least one of [Text, SSML, PromptId, Media, ' +
        'LexInitializationData] must be set") use the correct spelling, which is what the service ' +
        'checks.',
    },
    {
      decision:
        'At least one of PromptId, Text, SSML, Media or LexInitializationData is required; at most one of the first four.',
      reason:
        'The reference marks each optional, but the service rejects the action with none of them ' +
        '(problem text quoted above); the four message kinds are mutually exclusive as on ' +
        'MessageParticipant. LexInitializationData may accompany a message.',
    },
    {
      decision: 'Exactly one of LexV2Bot and LexBot.',
      reason:
        'The page says to provide either the LexBot or the LexV2Bot object; a Lex action needs a bot.',
    },
    {
      decision: 'LexTimeoutSeconds.Text ranges over 60..604800 seconds.',
      reason:
        'The page gives only "number" (seconds); the guide bounds the console\'s chat timeout at ' +
        'one minute to seven days (L30540-30547).',
    },
    {
      decision:
        'InputTimeLimitExceeded exists exactly when LexTimeoutSeconds is set; NoMatchingCondition is always required.',
      reason:
        'The timeout error is defined against LexTimeoutSeconds, and the console shows the Timeout ' +
        'branch only with a chat timeout. Every console export in the corpus connects ' +
        "NoMatchingCondition (the block's Default branch).",
    },
    {
      decision: 'NextAction is optional.',
      reason:
        'Every outcome is an intent condition or an error branch; console exports still write a ' +
        'NextAction, which the service accepts.',
    },
    {
      decision: 'Media is accepted although the guide says Lex V2 does not play S3 prompts.',
      reason:
        'The action page lists Media for both bot versions; the guide note (L30371-30375) is a ' +
        'run-time limitation of the console block, not a parameter rule.',
    },
    {
      decision: 'Tasks are listed as supported.',
      reason:
        'The guide\'s channel table for Get customer input marks Task "yes"; the action page says all channels.',
    },
  ],
});
