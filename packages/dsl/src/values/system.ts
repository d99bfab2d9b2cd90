import { DynamicValue } from './dynamic-value.js';

/**
 * The contact's read-only system attributes.
 *
 * @example
 * ```ts
 * import { system } from '@contactflow/dsl';
 * system.customerNumber.path; // '$.CustomerEndpoint.Address'
 * ```
 */
export const system = {
  /** The caller's number (or chat or email address), `$.CustomerEndpoint.Address`. */
  customerNumber: new DynamicValue<'text'>('$.CustomerEndpoint.Address'),
  /** The number the caller dialled, `$.SystemEndpoint.Address`. */
  dialedNumber: new DynamicValue<'text'>('$.SystemEndpoint.Address'),
  /** `VOICE`, `CHAT`, `TASK` or `EMAIL`, `$.Channel`. */
  channel: new DynamicValue<'text'>('$.Channel'),
  /** How the contact began (`INBOUND`, `TRANSFER`, `CALLBACK`, ...), `$.InitiationMethod`. */
  initiationMethod: new DynamicValue<'text'>('$.InitiationMethod'),
  contactId: new DynamicValue<'text'>('$.ContactId'),
  initialContactId: new DynamicValue<'text'>('$.InitialContactId'),
  previousContactId: new DynamicValue<'text'>('$.PreviousContactId'),
  instanceArn: new DynamicValue<'text'>('$.InstanceARN'),
  /** The contact's language, `$.LanguageCode`. */
  languageCode: new DynamicValue<'text'>('$.LanguageCode'),
  /** The text-to-speech voice in use, `$.TextToSpeechVoiceId`. */
  textToSpeechVoice: new DynamicValue<'text'>('$.TextToSpeechVoiceId'),
  /** The Customer Profiles id of the caller, `$.CustomerId`. */
  customerId: new DynamicValue<'text'>('$.CustomerId'),
  /** The first message of a chat, `$.Media.InitialMessage`. */
  initialMessage: new DynamicValue<'text'>('$.Media.InitialMessage'),
  awsRegion: new DynamicValue<'text'>('$.AwsRegion'),
  /** The working queue's name, `$.Queue.Name`. */
  queueName: new DynamicValue<'text'>('$.Queue.Name'),
  /** The working queue's ARN, `$.Queue.ARN`. */
  queueArn: new DynamicValue<'text'>('$.Queue.ARN'),
  /** The working queue's outbound caller id number, `$.Queue.OutboundCallerId.Address`. */
  queueOutboundCallerId: new DynamicValue<'text'>('$.Queue.OutboundCallerId.Address'),
  /** The agent's user name, in whisper and transfer flows, `$.Agent.UserName`. */
  agentUserName: new DynamicValue<'text'>('$.Agent.UserName'),
  agentFirstName: new DynamicValue<'text'>('$.Agent.FirstName'),
  agentLastName: new DynamicValue<'text'>('$.Agent.LastName'),
} as const;
