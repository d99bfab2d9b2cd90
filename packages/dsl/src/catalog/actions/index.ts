// The entries of the catalog, one file each. Keep in alphabetical order of file name.
import { associateContactToCustomerProfile } from './associate-contact-to-customer-profile.js';
import { authenticateParticipant } from './authenticate-participant.js';
import { checkHoursOfOperation } from './check-hours-of-operation.js';
import { checkMetricData } from './check-metric-data.js';
import { checkOutboundCallStatus } from './check-outbound-call-status.js';
import { checkVoiceId } from './check-voice-id.js';
import { compare } from './compare.js';
import { completeOutboundCall } from './complete-outbound-call.js';
import { connectParticipantWithAgenticCX } from './connect-participant-with-agentic-cx.js';
import { connectParticipantWithLexBot } from './connect-participant-with-lex-bot.js';
import { createCallbackContact } from './create-callback-contact.js';
import { createCase } from './create-case.js';
import { createContact } from './create-contact.js';
import { createCustomerProfile } from './create-customer-profile.js';
import { createPersistentContactAssociation } from './create-persistent-contact-association.js';
import { createTask } from './create-task.js';
import { createWisdomSession } from './create-wisdom-session.js';
import { dequeueContactAndTransferToQueue } from './dequeue-contact-and-transfer-to-queue.js';
import { disconnectParticipant } from './disconnect-participant.js';
import { distributeByPercentage } from './distribute-by-percentage.js';
import { endFlowExecution } from './end-flow-execution.js';
import { endFlowModuleExecution } from './end-flow-module-execution.js';
import { evaluateDataTableValues } from './evaluate-data-table-values.js';
import { getCalculatedAttributesForCustomerProfile } from './get-calculated-attributes-for-customer-profile.js';
import { getCase } from './get-case.js';
import { getCustomerProfileObject } from './get-customer-profile-object.js';
import { getCustomerProfile } from './get-customer-profile.js';
import { getMetricData } from './get-metric-data.js';
import { getParticipantInput } from './get-participant-input.js';
import { invokeFlowModule } from './invoke-flow-module.js';
import { invokeLambdaFunction } from './invoke-lambda-function.js';
import { loadContactContent } from './load-contact-content.js';
import { loop } from './loop.js';
import { messageParticipantIteratively } from './message-participant-iteratively.js';
import { messageParticipant } from './message-participant.js';
import { renderMessageTemplate } from './render-message-template.js';
import { resumeContact } from './resume-contact.js';
import { showView } from './show-view.js';
import { startOutboundChatContact } from './start-outbound-chat-contact.js';
import { startOutboundEmailContact } from './start-outbound-email-contact.js';
import { startVoiceIdStream } from './start-voice-id-stream.js';
import { tagContact } from './tag-contact.js';
import { transferContactToAgent } from './transfer-contact-to-agent.js';
import { transferContactToQueue } from './transfer-contact-to-queue.js';
import { transferParticipantToThirdParty } from './transfer-participant-to-third-party.js';
import { transferToFlow } from './transfer-to-flow.js';
import { unTagContact } from './un-tag-contact.js';
import { untagContact } from './untag-contact.js';
import { updateCase } from './update-case.js';
import { updateContactAttributes } from './update-contact-attributes.js';
import { updateContactCallbackNumber } from './update-contact-callback-number.js';
import { updateContactData } from './update-contact-data.js';
import { updateContactEventHooks } from './update-contact-event-hooks.js';
import { updateContactMediaProcessing } from './update-contact-media-processing.js';
import { updateContactMediaStreamingBehavior } from './update-contact-media-streaming-behavior.js';
import { updateContactRecordingAndAnalyticsBehavior } from './update-contact-recording-and-analytics-behavior.js';
import { updateContactRecordingBehavior } from './update-contact-recording-behavior.js';
import { updateContactRoutingBehavior } from './update-contact-routing-behavior.js';
import { updateContactRoutingCriteria } from './update-contact-routing-criteria.js';
import { updateContactTargetQueue } from './update-contact-target-queue.js';
import { updateContactTextToSpeechVoice } from './update-contact-text-to-speech-voice.js';
import { updateCustomerProfile } from './update-customer-profile.js';
import { updateFlowAttributes } from './update-flow-attributes.js';
import { updateFlowLoggingBehavior } from './update-flow-logging-behavior.js';
import { updatePreviousContactParticipantState } from './update-previous-contact-participant-state.js';
import { updateRoutingCriteria } from './update-routing-criteria.js';
import { wait } from './wait.js';

/** Every action spec. */
export const actionList = [
  associateContactToCustomerProfile,
  authenticateParticipant,
  checkHoursOfOperation,
  checkMetricData,
  checkOutboundCallStatus,
  checkVoiceId,
  compare,
  completeOutboundCall,
  connectParticipantWithAgenticCX,
  connectParticipantWithLexBot,
  createCallbackContact,
  createCase,
  createContact,
  createCustomerProfile,
  createPersistentContactAssociation,
  createTask,
  createWisdomSession,
  dequeueContactAndTransferToQueue,
  disconnectParticipant,
  distributeByPercentage,
  endFlowExecution,
  endFlowModuleExecution,
  evaluateDataTableValues,
  getCalculatedAttributesForCustomerProfile,
  getCase,
  getCustomerProfileObject,
  getCustomerProfile,
  getMetricData,
  getParticipantInput,
  invokeFlowModule,
  invokeLambdaFunction,
  loadContactContent,
  loop,
  messageParticipantIteratively,
  messageParticipant,
  renderMessageTemplate,
  resumeContact,
  showView,
  startOutboundChatContact,
  startOutboundEmailContact,
  startVoiceIdStream,
  tagContact,
  transferContactToAgent,
  transferContactToQueue,
  transferParticipantToThirdParty,
  transferToFlow,
  unTagContact,
  untagContact,
  updateCase,
  updateContactAttributes,
  updateContactCallbackNumber,
  updateContactData,
  updateContactEventHooks,
  updateContactMediaProcessing,
  updateContactMediaStreamingBehavior,
  updateContactRecordingAndAnalyticsBehavior,
  updateContactRecordingBehavior,
  updateContactRoutingBehavior,
  updateContactRoutingCriteria,
  updateContactTargetQueue,
  updateContactTextToSpeechVoice,
  updateCustomerProfile,
  updateFlowAttributes,
  updateFlowLoggingBehavior,
  updatePreviousContactParticipantState,
  updateRoutingCriteria,
  wait,
] as const;
