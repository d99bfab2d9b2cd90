import { amazonQWithoutRealTimeAnalytics } from './amazon-q-without-real-time-analytics.js';
import { annotationLimits } from './annotation-limits.js';
import { arrayIndexReference } from './array-index-reference.js';
import { attributeNeverSet } from './attribute-never-set.js';
import { attributeUnavailableInFlowType } from './attribute-unavailable-in-flow-type.js';
import { audioPromptNotWav } from './audio-prompt-not-wav.js';
import { blockNotAllowedInFlowType } from './block-not-allowed-in-flow-type.js';
import { callProgressOutsideCampaign } from './call-progress-outside-campaign.js';
import { caseWithoutCustomer } from './case-without-customer.js';
import { consoleExportLimits } from './console-export-limits.js';
import { contentTooLarge } from './content-too-large.js';
import { danglingStartAction } from './dangling-start-action.js';
import { danglingTransition } from './dangling-transition.js';
import { duplicateIdentifier } from './duplicate-identifier.js';
import { embeddedReference } from './embedded-reference.js';
import { externalReadWithoutLambda } from './external-read-without-lambda.js';
import { flowTypeMismatch } from './flow-type-mismatch.js';
import { hardCodedInstanceArn } from './hard-coded-instance-arn.js';
import { illegalIdentifier } from './illegal-identifier.js';
import { invalidAttributeKey } from './invalid-attribute-key.js';
import { invalidDocument } from './invalid-document.js';
import { invalidDtmfCharacters } from './invalid-dtmf-characters.js';
import { invalidParameters } from './invalid-parameters.js';
import { invalidPhoneNumber } from './invalid-phone-number.js';
import { invalidTransitions } from './invalid-transitions.js';
import { lambdaChainTooSlow } from './lambda-chain-too-slow.js';
import { lexSessionAttributeOutOfRange } from './lex-session-attribute-out-of-range.js';
import { lexTestAlias } from './lex-test-alias.js';
import { loopWithoutExit } from './loop-without-exit.js';
import { manyCallbackAttempts } from './many-callback-attempts.js';
import { moduleOnlyAction } from './module-only-action.js';
import { moduleReadsCallerData } from './module-reads-caller-data.js';
import { percentagesOver100 } from './percentages-over-100.js';
import { placeholderInStaticParameter } from './placeholder-in-static-parameter.js';
import { promptBeforeCallPhoneNumber } from './prompt-before-call-phone-number.js';
import { queueCheckWithoutWorkingQueue } from './queue-check-without-working-queue.js';
import { recordingNotSetBeforeTransfer } from './recording-not-set-before-transfer.js';
import { resumedTaskNotQueued } from './resumed-task-not-queued.js';
import { routingCriteriaWithoutTransfer } from './routing-criteria-without-transfer.js';
import { routingStepWithoutExpiry } from './routing-step-without-expiry.js';
import { shadowedCondition } from './shadowed-condition.js';
import { spinningLoop } from './spinning-loop.js';
import { ssmlMalformed } from './ssml-malformed.js';
import { ssmlUnsupportedMarkup } from './ssml-unsupported-markup.js';
import { ssmlWithoutSpeak } from './ssml-without-speak.js';
import { textToSpeechTooLong } from './text-to-speech-too-long.js';
import { tooManyActions } from './too-many-actions.js';
import { transferWithoutWorkingQueue } from './transfer-without-working-queue.js';
import { transitionOnTerminalAction } from './transition-on-terminal-action.js';
import { unconnectedBranch } from './unconnected-branch.js';
import { unknownActionType } from './unknown-action-type.js';
import { unreachableAction } from './unreachable-action.js';
import { unsupportedChannel } from './unsupported-channel.js';
import { unsupportedCondition } from './unsupported-condition.js';
import { unsupportedErrorType } from './unsupported-error-type.js';
import { voiceIdCheckWithoutSet } from './voice-id-check-without-set.js';
import { waitEventMismatch } from './wait-event-mismatch.js';
import { whisperPlaysS3Audio } from './whisper-plays-s3-audio.js';
import type { Rule } from './rule.js';

/** Every rule; a meta-test checks each file is here, documented and tested. */
export const rules: readonly Rule[] = [
  amazonQWithoutRealTimeAnalytics,
  annotationLimits,
  arrayIndexReference,
  attributeNeverSet,
  attributeUnavailableInFlowType,
  audioPromptNotWav,
  blockNotAllowedInFlowType,
  callProgressOutsideCampaign,
  caseWithoutCustomer,
  consoleExportLimits,
  contentTooLarge,
  danglingStartAction,
  danglingTransition,
  duplicateIdentifier,
  embeddedReference,
  externalReadWithoutLambda,
  flowTypeMismatch,
  hardCodedInstanceArn,
  illegalIdentifier,
  invalidAttributeKey,
  invalidDocument,
  invalidDtmfCharacters,
  invalidParameters,
  invalidPhoneNumber,
  invalidTransitions,
  lambdaChainTooSlow,
  lexSessionAttributeOutOfRange,
  lexTestAlias,
  loopWithoutExit,
  manyCallbackAttempts,
  moduleOnlyAction,
  moduleReadsCallerData,
  percentagesOver100,
  placeholderInStaticParameter,
  promptBeforeCallPhoneNumber,
  queueCheckWithoutWorkingQueue,
  recordingNotSetBeforeTransfer,
  resumedTaskNotQueued,
  routingCriteriaWithoutTransfer,
  routingStepWithoutExpiry,
  shadowedCondition,
  spinningLoop,
  ssmlMalformed,
  ssmlUnsupportedMarkup,
  ssmlWithoutSpeak,
  textToSpeechTooLong,
  tooManyActions,
  transferWithoutWorkingQueue,
  transitionOnTerminalAction,
  unconnectedBranch,
  unknownActionType,
  unreachableAction,
  unsupportedChannel,
  unsupportedCondition,
  unsupportedErrorType,
  voiceIdCheckWithoutSet,
  waitEventMismatch,
  whisperPlaysS3Audio,
];
