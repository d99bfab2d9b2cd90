import { attributeNeverSet } from './attribute-never-set.js';
import { blockNotAllowedInFlowType } from './block-not-allowed-in-flow-type.js';
import { consoleExportLimits } from './console-export-limits.js';
import { contentTooLarge } from './content-too-large.js';
import { danglingStartAction } from './dangling-start-action.js';
import { danglingTransition } from './dangling-transition.js';
import { duplicateIdentifier } from './duplicate-identifier.js';
import { embeddedReference } from './embedded-reference.js';
import { externalReadWithoutLambda } from './external-read-without-lambda.js';
import { hardCodedInstanceArn } from './hard-coded-instance-arn.js';
import { illegalIdentifier } from './illegal-identifier.js';
import { invalidAttributeKey } from './invalid-attribute-key.js';
import { invalidDocument } from './invalid-document.js';
import { invalidDtmfCharacters } from './invalid-dtmf-characters.js';
import { invalidParameters } from './invalid-parameters.js';
import { invalidPhoneNumber } from './invalid-phone-number.js';
import { invalidTransitions } from './invalid-transitions.js';
import { lambdaChainTooSlow } from './lambda-chain-too-slow.js';
import { loopWithoutExit } from './loop-without-exit.js';
import { moduleOnlyAction } from './module-only-action.js';
import { percentagesOver100 } from './percentages-over-100.js';
import { routingCriteriaWithoutTransfer } from './routing-criteria-without-transfer.js';
import { spinningLoop } from './spinning-loop.js';
import { ssmlMalformed } from './ssml-malformed.js';
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
import type { Rule } from './rule.js';

/** Every rule; a meta-test checks each file is here, documented and tested. */
export const rules: readonly Rule[] = [
  attributeNeverSet,
  blockNotAllowedInFlowType,
  consoleExportLimits,
  contentTooLarge,
  danglingStartAction,
  danglingTransition,
  duplicateIdentifier,
  embeddedReference,
  externalReadWithoutLambda,
  hardCodedInstanceArn,
  illegalIdentifier,
  invalidAttributeKey,
  invalidDocument,
  invalidDtmfCharacters,
  invalidParameters,
  invalidPhoneNumber,
  invalidTransitions,
  lambdaChainTooSlow,
  loopWithoutExit,
  moduleOnlyAction,
  percentagesOver100,
  routingCriteriaWithoutTransfer,
  spinningLoop,
  ssmlMalformed,
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
];
