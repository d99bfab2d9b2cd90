// The entries of the catalog, one file each. Keep in alphabetical order of file name.
import { amazonQInConnect } from './amazon-q-in-connect.js';
import { callPhoneNumber } from './call-phone-number.js';
import { cases } from './cases.js';
import { changeRoutingPriorityAge } from './change-routing-priority-age.js';
import { checkCallProgress } from './check-call-progress.js';
import { checkContactAttributes } from './check-contact-attributes.js';
import { checkHoursOfOperation } from './check-hours-of-operation.js';
import { checkQueueStatus } from './check-queue-status.js';
import { checkStaffing } from './check-staffing.js';
import { checkVoiceId } from './check-voice-id.js';
import { contactTags } from './contact-tags.js';
import { createPersistentContactAssociation } from './create-persistent-contact-association.js';
import { createTask } from './create-task.js';
import { customerProfiles } from './customer-profiles.js';
import { disconnectHangUp } from './disconnect-hang-up.js';
import { distributeByPercentage } from './distribute-by-percentage.js';
import { endFlowResume } from './end-flow-resume.js';
import { getCustomerInput } from './get-customer-input.js';
import { getQueueMetrics } from './get-queue-metrics.js';
import { holdCustomerOrAgent } from './hold-customer-or-agent.js';
import { invokeAwsLambdaFunction } from './invoke-aws-lambda-function.js';
import { invokeModule } from './invoke-module.js';
import { loopPrompts } from './loop-prompts.js';
import { loop } from './loop.js';
import { playPrompt } from './play-prompt.js';
import { resumeContact } from './resume-contact.js';
import { returnFromModule } from './return-from-module.js';
import { setCallbackNumber } from './set-callback-number.js';
import { setContactAttributes } from './set-contact-attributes.js';
import { setCustomerQueueFlow } from './set-customer-queue-flow.js';
import { setDisconnectFlow } from './set-disconnect-flow.js';
import { setEventFlow } from './set-event-flow.js';
import { setHoldFlow } from './set-hold-flow.js';
import { setLoggingBehavior } from './set-logging-behavior.js';
import { setRecordingAndAnalyticsBehavior } from './set-recording-and-analytics-behavior.js';
import { setRoutingCriteria } from './set-routing-criteria.js';
import { setVoiceId } from './set-voice-id.js';
import { setVoice } from './set-voice.js';
import { setWhisperFlow } from './set-whisper-flow.js';
import { setWorkingQueue } from './set-working-queue.js';
import { showView } from './show-view.js';
import { startMediaStreaming } from './start-media-streaming.js';
import { stopMediaStreaming } from './stop-media-streaming.js';
import { storeCustomerInput } from './store-customer-input.js';
import { transferToAgent } from './transfer-to-agent.js';
import { transferToFlow } from './transfer-to-flow.js';
import { transferToPhoneNumber } from './transfer-to-phone-number.js';
import { transferToQueue } from './transfer-to-queue.js';
import { wait } from './wait.js';

/** Every block spec. */
export const blockList = [
  amazonQInConnect,
  callPhoneNumber,
  cases,
  changeRoutingPriorityAge,
  checkCallProgress,
  checkContactAttributes,
  checkHoursOfOperation,
  checkQueueStatus,
  checkStaffing,
  checkVoiceId,
  contactTags,
  createPersistentContactAssociation,
  createTask,
  customerProfiles,
  disconnectHangUp,
  distributeByPercentage,
  endFlowResume,
  getCustomerInput,
  getQueueMetrics,
  holdCustomerOrAgent,
  invokeAwsLambdaFunction,
  invokeModule,
  loopPrompts,
  loop,
  playPrompt,
  resumeContact,
  returnFromModule,
  setCallbackNumber,
  setContactAttributes,
  setCustomerQueueFlow,
  setDisconnectFlow,
  setEventFlow,
  setHoldFlow,
  setLoggingBehavior,
  setRecordingAndAnalyticsBehavior,
  setRoutingCriteria,
  setVoiceId,
  setVoice,
  setWhisperFlow,
  setWorkingQueue,
  showView,
  startMediaStreaming,
  stopMediaStreaming,
  storeCustomerInput,
  transferToAgent,
  transferToFlow,
  transferToPhoneNumber,
  transferToQueue,
  wait,
] as const;
