import { array, choice, flag, literal, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/**
 * The PII entity types Contact Lens can redact, as both recording actions' pages list them
 * (`AnalyticsRedactionEntities` on the older action, `RedactionEntities` on the newer one).
 */
export const redactionEntityTypes = [
  'BANK_ACCOUNT_NUMBER',
  'BANK_ROUTING',
  'CREDIT_DEBIT_NUMBER',
  'CREDIT_DEBIT_CVV',
  'CREDIT_DEBIT_EXPIRY',
  'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  'PIN',
  'SWIFT_CODE',
  'CA_HEALTH_NUMBER',
  'UK_NATIONAL_HEALTH_SERVICE_NUMBER',
  'CA_SOCIAL_INSURANCE_NUMBER',
  'SSN',
  'UK_NATIONAL_INSURANCE_NUMBER',
  'PASSPORT_NUMBER',
  'DRIVER_ID',
  'IN_AADHAAR',
  'NAME',
  'AGE',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER',
  'UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER',
  'IN_PERMANENT_ACCOUNT_NUMBER',
  'IN_NREGA',
  'AWS_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'PASSWORD',
  'URL',
  'USERNAME',
  'LICENSE_PLATE',
  'VEHICLE_IDENTIFICATION_NUMBER',
  'IN_VOTER_NUMBER',
  'DATE_TIME',
  'AGENT_DISPLAY_NAME',
  'CUSTOMER_DISPLAY_NAME',
  'ATTACHMENT_NAME',
] as const;

/** Entity types the page excludes from in-flight chat redaction. */
const notRedactableInFlight: readonly string[] = [
  'IN_PERMANENT_ACCOUNT_NUMBER',
  'IN_NREGA',
  'IN_VOTER_NUMBER',
  'IN_AADHAAR',
  'DATE_TIME',
  'CUSTOMER_DISPLAY_NAME',
  'AGENT_DISPLAY_NAME',
  'ATTACHMENT_NAME',
];

/** An array whose items must be distinct, for the recording actions' enum lists. */
export function uniqueArray(
  description: string,
  items: JsonSchema,
  options: { minItems?: number; maxItems?: number } = {},
): JsonSchema {
  return { ...array(description, items, options), uniqueItems: true };
}

/** A list of entity types; the pages forbid an empty list (leave the key out to redact all PII). */
export function redactionEntities(description: string, inFlight = false): JsonSchema {
  const values = inFlight
    ? redactionEntityTypes.filter((entity) => !notRedactableInFlight.includes(entity))
    : redactionEntityTypes;
  return uniqueArray(description, choice('A PII entity type.', values), { minItems: 1 });
}

/** Who is recorded: an empty list switches recording off. */
export const recordedParticipants: JsonSchema = uniqueArray(
  'Participants to record, from Agent and Customer; an empty list stops recording.',
  choice('A participant.', ['Agent', 'Customer']),
  { maxItems: 2 },
);

/** Whose screen is recorded: only the agent's; an empty list switches screen recording off. */
export const screenRecordedParticipants: JsonSchema = uniqueArray(
  'Participants whose screen is recorded (Agent only); an empty list stops screen recording.',
  choice('A participant.', ['Agent']),
  { maxItems: 1 },
);

/** Recording of the automated (IVR or bot) part of the call. */
export const ivrRecordingBehavior: JsonSchema = choice(
  'Record the automated part of the call (IVR and bots) as well.',
  ['Enabled', 'Disabled'],
);

/** A Contact Lens language in the xx-XX form the pages ask for. */
export const analyticsLanguagePattern = '^[a-z]{2}-[A-Z]{2}$';

/** The language Contact Lens analyses, literal only. */
export const staticAnalyticsLanguage: JsonSchema = literal(
  'Contact Lens language, xx-XX (en-US).',
  { pattern: analyticsLanguagePattern },
);

/** How redacted text is shown: `[PII]` or the entity type (`[NAME]`). */
export const redactionMaskMode: JsonSchema = choice(
  'Replace redacted data with [PII] (PII, the default) or with its entity type (EntityType).',
  ['PII', 'EntityType'],
);

/** Sentiment analysis switch. */
export const sentimentConfiguration: JsonSchema = object(
  'Sentiment analysis.',
  { Enabled: flag('Analyse sentiment.') },
  { required: ['Enabled'] },
);

/** Post-contact (and bot) summaries. */
export function summaryConfiguration(modes: readonly string[]): JsonSchema {
  return object(
    'Generative summaries of the contact.',
    {
      SummaryModes: uniqueArray('When to summarise.', choice('A summary mode.', modes), {
        minItems: 1,
      }),
    },
    { required: ['SummaryModes'] },
  );
}
