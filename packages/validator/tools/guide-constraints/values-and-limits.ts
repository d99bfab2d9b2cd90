import type { GuideConstraint } from './guide-constraint.js';

/**
 * The guide's constraints on the values blocks take (ranges, formats, sizes), on a few orderings
 * around recording and chat, and on the limits of an instance as a whole.
 */
export const valuesAndLimits: readonly GuideConstraint[] = [
  // VR-32
  {
    constraint:
      'Recording and analytics must be set before the contact reaches an agent; after a transfer, a flow needs its own Set recording and analytics behavior block to keep Contact Lens running on the new contact.',
    source: 'L35690-35691, L32285-32289',
    status: 'partly',
    checkedBy: ['recording-not-set-before-transfer'],
    note: 'In a flow that sets recording somewhere, a Transfer to queue or Transfer to agent reachable on a path without that block is reported (a module on the path counts as setting it). A flow with no recording block may rely on an earlier flow, so it is left alone; for the same reason a transfer flow cannot be told that it needs one, as that depends on what the flow before it enabled.',
  },
  // VR-33
  {
    constraint:
      'When chat messages are streamed to a custom participant and the inbound chat flow starts with Invoke AWS Lambda function, a Play prompt must come before that block.',
    source: 'L24280-24283',
    status: 'not-checkable',
    checkedBy: [],
    note: 'It applies only to the real-time chat streaming set-up of the instance, which the document does not show; flagging every flow that starts with a Lambda function would be wrong for all the others.',
  },
  // VR-34
  {
    constraint: 'The DTMF timeout of Get customer input is 1 to 179 seconds.',
    source: 'L30386-30388',
    status: 'checked',
    checkedBy: ['invalid-parameters'],
    note: 'The catalog bounds InputTimeLimitSeconds to 1..179; "0" and "180" are refused.',
  },
  // VR-35
  {
    constraint:
      'Lex session attributes: a caller may speak for at most 15,000 ms (more takes the Error branch), one DTMF answer holds at most 1,024 digits, and the chat timeout of a Lex conversation lies between one minute and seven days.',
    source: 'L30463-30477, L30612-30617, L30540-30547',
    status: 'checked',
    checkedBy: ['lex-session-attribute-out-of-range', 'invalid-parameters'],
    note: 'The maximum speech duration (Lex V2 and Classic names, any intent and slot) and the DTMF maximum length are compared when written as whole numbers; the chat timeout (LexTimeoutSeconds) is bounded to 60..604800 by the catalog. Values read from contact data are only known on the call.',
  },
  // VR-36
  {
    constraint:
      'Intent names in Get customer input must match the bot exactly, case included, and production flows must not call a bot through TestBotAlias (Lex V2) or $LATEST (Lex Classic).',
    source: 'L30621-30624, L30405-30413',
    status: 'partly',
    checkedBy: ['lex-test-alias'],
    note: 'The test aliases are reported (alias id TSTALIASID, alias $LATEST). Which intents a bot has is part of the bot, not of the flow.',
  },
  // VR-37
  {
    constraint:
      'Text to speech and chat text allow 3,000 billed characters (6,000 in all); SSML must be well-formed and wrapped in <speak>, breaks last at most 10 seconds, and only speak, break, lang, mark, p, phoneme, prosody, s, say-as, sub, w and amazon:effect name="whispered" are honoured.',
    source: 'L30630-30631, L31527-31529, L31552-31554, L34896-34936',
    status: 'checked',
    checkedBy: [
      'text-to-speech-too-long',
      'ssml-malformed',
      'ssml-without-speak',
      'ssml-unsupported-markup',
    ],
    note: 'Unsupported tags are warnings, since Amazon Connect drops them and still plays the prompt. Prompt text taken whole from contact data is only known on the call.',
  },
  // VR-38
  {
    constraint:
      'Audio prompts played from S3 must be .wav files, 8 kHz, mono, U-Law, under 50 MB and 5 minutes; in opt-in Regions the bucket must be in the Region of the instance.',
    source: 'L31252-31264, L31548-31550',
    status: 'partly',
    checkedBy: ['audio-prompt-not-wav'],
    note: 'A literal S3 address naming another audio type (.mp3, .ogg, .m4a...) is reported. Encoding, rate, channels, size and length are properties of the file, and where the bucket lives is known only to AWS.',
  },
  // VR-39
  {
    constraint:
      'Invoke AWS Lambda function: a timeout of 1 to 8 seconds, a response type of STRING_MAP or JSON, flat STRING_MAP responses with keys of letters, digits, "-" and "_", responses under 32 KB, and no array references in the flow.',
    source: 'L37565-37566, L30996-31001, L37707-37717, L37755-37756',
    status: 'partly',
    checkedBy: ['invalid-parameters', 'array-index-reference'],
    note: 'The timeout (up to 60 seconds for asynchronous calls, per the current block page) and the response type are checked by the catalog, and JSONPaths that index into a list ($.External.items[0]) are reported. The keys and size of the response belong to the function at run time.',
  },
  // VR-40
  {
    constraint:
      'Lambda functions invoked one after another with no prompt in between must not add up to more than 20 seconds of timeouts.',
    source: 'L4294-4300',
    status: 'checked',
    checkedBy: ['lambda-chain-too-slow'],
  },
  // VR-41
  {
    constraint:
      'Loop prompts should be interrupted every 20 seconds or more; the Loop count is a whole number from 0, and 0 goes straight to Complete.',
    source: 'L31177-31181, L31096-31098',
    status: 'checked',
    checkedBy: ['invalid-parameters'],
    note: 'InterruptFrequencySeconds has a minimum of 20; LoopCount is a whole number in 0..100 (the upper bound comes from the action page) or one JSONPath, whose value is only known on the call.',
  },
  // VR-42
  {
    constraint:
      'A Wait lasts at most seven days (a dynamic timeout is in seconds); its Customer returned branch exists only for participant type Default, and its bot branches only for participant type Bot.',
    source: 'L33688-33700, L33719-33725',
    status: 'checked',
    checkedBy: ['invalid-parameters', 'wait-event-mismatch'],
    note: 'TimeLimitSeconds is bounded to 1..604800. Events and branches must agree: a listed event needs its condition, a CustomerReturned or BotParticipantDisconnected condition or a ParticipantNotFound branch needs its event, and one Wait does not list both events. A timeout from contact data is only known on the call.',
  },
  // VR-43
  {
    constraint:
      'Distribute by percentage gives each branch 0 to 100 percent, and the shares add up to at most 100; the rest goes to Default.',
    source: 'L30232-30258',
    status: 'checked',
    checkedBy: ['percentages-over-100'],
    note: 'The Flow language writes running totals (NumberLessThan thresholds): thresholds that go down or past 100 are reported.',
  },
  // VR-44
  {
    constraint:
      'Phone numbers (transfer destinations, caller IDs, callbacks) are E.164 with no trunk prefix; a caller ID from an attribute must be a number claimed by the instance (an Amazon Connect DID in Australia), and the destination country must be allowed by the quota.',
    source: 'L4284-4288, L15730-15746, L15765-15777, L33471-33484, L33495-33503',
    status: 'partly',
    checkedBy: ['invalid-phone-number', 'invalid-parameters'],
    note: 'Literal numbers are checked against E.164 and the numbering plan of their country, and a trunk prefix kept after the country code (+44 0...) is reported. Whether the instance has claimed a number, and which countries it may call, is instance state; numbers from contact data are only known on the call.',
  },
  // VR-45
  {
    constraint:
      'The DTMF digits a Transfer to phone number sends after connecting use "," for a 750 ms pause; the Flow-language reference allows digits, ",", "*" and "#", up to 50 characters.',
    source: 'L33464-33467',
    status: 'checked',
    checkedBy: ['invalid-parameters'],
    note: 'The character set and length come from the action page, as the guide gives none.',
  },
  // VR-46
  {
    constraint:
      'Store customer input: a terminating keypress of 1 to 5 keys from 0-9, # and *, where * needs "Disable cancel key"; phone numbers in local format need the country, international ones are read as E.164.',
    source: 'L33233-33238, L33256-33263',
    status: 'checked',
    checkedBy: ['invalid-parameters', 'invalid-dtmf-characters'],
    note: 'The catalog requires CountryCode with NumberFormat "Local". Whether the digits a caller enters form a valid number is decided on the call.',
  },
  // VR-47
  {
    constraint:
      'Attribute names set by Set contact attributes or Set flow attributes must not contain "$" or "."; letters and digits in camelCase are recommended; user-defined attributes and flow attributes each hold 32 KB in all.',
    source: 'L31903-31906, L38961-38975, L4228-4240, L2333, L31856',
    status: 'partly',
    checkedBy: ['invalid-parameters', 'invalid-attribute-key'],
    note: 'Names with "$" or ".", empty names and names that alone exceed 32 KB are reported. The total size depends on the values a contact carries at run time, and the naming advice is not enforced.',
  },
  // VR-48
  {
    constraint:
      'Customer profiles: Get profile takes 1 to 5 search identifiers joined by AND or OR, request values of at most 255 characters, at most 14,000 characters of profile attributes over the whole flow, and a profile id for Get profile object, Get calculated attributes and Associate contact (which also needs a contact id).',
    source: 'L29945-29955, L29974-29982, L30048-30056, L30139',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'The catalog schemas enforce the identifier count and operator, the 255-character literals and the required ids. The 14,000-character total counts the values the response fields hold during the call.',
  },
  // VR-49
  {
    constraint:
      'Cases: Get case needs a search criterion; Update case needs at least one request field and finds the case by its Case ID only; Create case needs a template, values for its required fields, and a customer given as the full Customer Profiles profile ARN.',
    source: 'L28853, L28925-28946, L28953-28969',
    status: 'partly',
    checkedBy: ['invalid-parameters', 'case-without-customer'],
    note: 'The schemas require the Get case customer, the Update case Case ID and one request field, and the Create case template; a created case without customer_id, or a customer that is not a profile ARN (such as $.Customer.ProfileId), is reported. Which fields a template requires is defined in the Cases domain.',
  },
  // VR-50
  {
    constraint:
      'Create task: a start time set from an attribute is a future Unix time in seconds, at most six days ahead; a flow is required when the template names none; fields the template fills cannot be overridden.',
    source: 'L29857-29870, L1704-1711, L29836-29839',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'The schema bounds DelaySeconds to six days and requires a flow or a template. Whether a time lies in the future depends on when the contact runs, and what a template contains is instance state.',
  },
  // VR-51
  {
    constraint:
      'A contact carries at most six user-defined tags, and tags must not hold personal data.',
    source: 'L29666, L7945-7947',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'Contact tags allows at most six keys, outside the aws: prefix. Whether a value is personal data cannot be told from the flow.',
  },
  // VR-52
  {
    constraint:
      'Set routing criteria: each step holds one attribute condition, an AND of 2 to 8, or (set dynamically only) an OR of two; proficiency uses ">=" only; every step but the last needs an expiry; attributes are predefined, at most 25 per instance.',
    source: 'L32364-32380, L1739-1744',
    status: 'partly',
    checkedBy: ['invalid-parameters', 'routing-step-without-expiry'],
    note: 'The schemas enforce the operator, proficiency levels of 1 to 5 and at most 8 AND-ed conditions; steps without expiry before the last are reported. An AND of a single condition and OR lists written in the block are accepted, as the service form of dynamic criteria carries the same shape; predefined attributes are instance state.',
  },
  // VR-53
  {
    constraint:
      'Set Voice ID: thresholds of 0 to 100, an authentication response time of 5 to 10 seconds, a manual watchlist id of 22 letters and digits, a CustomerId of letters, digits, "_" and "-"; once audio streaming starts it cannot be turned off later in the flow.',
    source: 'L32585-32625, L32538-32539',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'Thresholds, response time and watchlist id are checked by the UpdateContactData schema. The CustomerId character set is not enforced, because the same parameter sets the contact customer id outside Voice ID and is usually read from contact data; switching streaming off after it started is not checked.',
  },
  // VR-54
  {
    constraint:
      'Set whisper flow sets either the agent or the customer whisper in one block, to a flow of the matching whisper type; whisper flows should finish within two minutes.',
    source: 'L32846-32849, L32841-32843, L32808-32809',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'UpdateContactEventHooks takes exactly one hook. The type of the flow a hook names, and how long it runs, belong to that other flow.',
  },
  // VR-55
  {
    constraint:
      'Flow references must name published flows of the right type: Transfer to flow an inbound or transfer flow, Set disconnect flow an inbound flow, Set customer queue flow a customer queue flow, Set hold flow a hold flow, and a queue outbound whisper a published outbound whisper flow.',
    source: 'L33396-33406, L34425-34432, L31962-31967, L32150-32155, L28774',
    status: 'not-checkable',
    checkedBy: [],
    note: 'A flow id or ARN says nothing of the type or state of the flow it names; only the instance knows.',
  },
  // VR-56
  {
    constraint:
      'A working queue set from an attribute must hold the queue ARN, not its name, and a prompt chosen dynamically needs its full ARN.',
    source: 'L32903-32910, L34642-34644',
    status: 'not-checkable',
    checkedBy: [],
    note: 'The rule is about values that only exist at run time; literal ids and ARNs are resolved by the service when the flow is published.',
  },
  // VR-57
  {
    constraint:
      'Check contact attributes and Check queue status try their conditions in order and take the first match, so later conditions covered by earlier ones never fire; matching is case-sensitive, and NULL values can only be tested in a Lambda function.',
    source: 'L29276-29284, L29418-29460, L29226',
    status: 'partly',
    checkedBy: ['shadowed-condition'],
    note: 'Conditions covered by earlier ones (number ranges, text prefixes, suffixes and substrings, repeats in any block) are reported. Case variants are distinct values, not defects, and a missing NULL test cannot be told from the conditions.',
  },
  // VR-58
  {
    constraint:
      'Get queue metrics with a dynamic channel must resolve to one channel, Voice or Chat.',
    source: 'L30843-30858',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'A literal QueueChannel must be Voice or Chat; what a JSONPath resolves to is known only on the call.',
  },
  // VR-59
  {
    constraint:
      'Transfer to callback queue: set the maximum number of retries with care; a high number such as 20 makes agents call one customer again and again.',
    source: 'L33578-33583',
    status: 'checked',
    checkedBy: ['many-callback-attempts'],
    note: 'An info hint above 10 attempts; the service accepts any positive count.',
  },
  // VR-60
  {
    constraint:
      'Per-instance quotas: 100 flows (adjustable, archived ones counted), 200 modules, 50 Lambda functions, 500 prompts, 50 queues, 100 hours of operation, 100 Lex V2 aliases and 70 Lex bots.',
    source: 'L1620-1760, L34093-34096',
    status: 'not-checkable',
    checkedBy: [],
    note: 'Counts over an instance, not properties of one flow document.',
  },
  // VR-61
  {
    constraint:
      'A Lambda function must be added to the instance, or allow connect.amazonaws.com through a resource policy when it lives in another account, before a flow can invoke it.',
    source: 'L37503-37546',
    status: 'not-checkable',
    checkedBy: [],
    note: 'Instance and account configuration.',
  },
  // VR-62
  {
    constraint:
      'A contact can be transferred from queue to queue at most 11 times, and a task transferred at most 11 times.',
    source: 'L33611-33614, L2465',
    status: 'not-checkable',
    checkedBy: [],
    note: 'The count runs over the whole chain of flows a contact passes through at run time, which one document cannot show.',
  },
];
