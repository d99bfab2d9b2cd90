import type { ActionHandler } from '../action-handler.js';
import { updateContactAttributes, updateContactData, updateFlowAttributes } from './attributes.js';
import { compare, distributeByPercentage, loop } from './branching.js';
import { getParticipantInput } from './customer-input.js';
import { disconnectParticipant, endFlowExecution, transferContactToAgent } from './endings.js';
import { endFlowModuleExecution, invokeFlowModule, transferToFlow } from './flows.js';
import { checkHoursOfOperation } from './hours.js';
import { invokeLambdaFunction } from './lambda.js';
import { connectParticipantWithLexBot } from './lex-bot.js';
import { messageParticipant, messageParticipantIteratively } from './messages.js';
import { checkMetricData, getMetricData } from './metrics.js';
import { transferParticipantToThirdParty } from './phone.js';
import {
  createCallbackContact,
  dequeueContactAndTransferToQueue,
  transferContactToQueue,
  updateContactCallbackNumber,
  updateContactTargetQueue,
} from './queues.js';
import { authenticateParticipant, checkOutboundCallStatus, checkVoiceId } from './results.js';
import * as settings from './settings.js';
import { showView } from './view.js';
import { wait } from './wait.js';

/**
 * How the simulator runs each action type it simulates, keyed by `Type`. A type the catalog knows
 * and this table lacks is listed in `notSimulated` with the reason.
 *
 * @example
 * ```ts
 * import { handlers } from '@contactflow/simulator';
 * handlers.InvokeLambdaFunction?.reads; // ['lambdas']
 * ```
 */
export const handlers: Readonly<Record<string, ActionHandler>> = Object.freeze({
  AssociateContactToCustomerProfile: settings.associateContactToCustomerProfile,
  AuthenticateParticipant: authenticateParticipant,
  CheckHoursOfOperation: checkHoursOfOperation,
  CheckMetricData: checkMetricData,
  CheckOutboundCallStatus: checkOutboundCallStatus,
  CheckVoiceId: checkVoiceId,
  Compare: compare,
  CompleteOutboundCall: settings.completeOutboundCall,
  ConnectParticipantWithLexBot: connectParticipantWithLexBot,
  CreateCallbackContact: createCallbackContact,
  CreateCase: settings.createCase,
  CreateContact: settings.createContact,
  CreateCustomerProfile: settings.createCustomerProfile,
  CreatePersistentContactAssociation: settings.createPersistentContactAssociation,
  CreateTask: settings.createTask,
  CreateWisdomSession: settings.createWisdomSession,
  DequeueContactAndTransferToQueue: dequeueContactAndTransferToQueue,
  DisconnectParticipant: disconnectParticipant,
  DistributeByPercentage: distributeByPercentage,
  EndFlowExecution: endFlowExecution,
  EndFlowModuleExecution: endFlowModuleExecution,
  GetCalculatedAttributesForCustomerProfile: settings.getCalculatedAttributesForCustomerProfile,
  GetCase: settings.getCase,
  GetCustomerProfile: settings.getCustomerProfile,
  GetCustomerProfileObject: settings.getCustomerProfileObject,
  GetMetricData: getMetricData,
  GetParticipantInput: getParticipantInput,
  InvokeFlowModule: invokeFlowModule,
  InvokeLambdaFunction: invokeLambdaFunction,
  LoadContactContent: settings.loadContactContent,
  Loop: loop,
  MessageParticipant: messageParticipant,
  MessageParticipantIteratively: messageParticipantIteratively,
  ResumeContact: settings.resumeContact,
  ShowView: showView,
  StartOutboundChatContact: settings.startOutboundChatContact,
  StartOutboundEmailContact: settings.startOutboundEmailContact,
  StartVoiceIdStream: settings.startVoiceIdStream,
  TagContact: settings.tagContact,
  TransferContactToAgent: transferContactToAgent,
  TransferContactToQueue: transferContactToQueue,
  TransferParticipantToThirdParty: transferParticipantToThirdParty,
  TransferToFlow: transferToFlow,
  UnTagContact: settings.unTagContact,
  UntagContact: settings.unTagContact,
  UpdateCase: settings.updateCase,
  UpdateContactAttributes: updateContactAttributes,
  UpdateContactCallbackNumber: updateContactCallbackNumber,
  UpdateContactData: updateContactData,
  UpdateContactEventHooks: settings.updateContactEventHooks,
  UpdateContactMediaProcessing: settings.updateContactMediaProcessing,
  UpdateContactMediaStreamingBehavior: settings.updateContactMediaStreamingBehavior,
  UpdateContactRecordingAndAnalyticsBehavior: settings.updateContactRecordingAndAnalyticsBehavior,
  UpdateContactRecordingBehavior: settings.updateContactRecordingBehavior,
  UpdateContactRoutingBehavior: settings.updateContactRoutingBehavior,
  UpdateContactRoutingCriteria: settings.updateRoutingCriteria,
  UpdateContactTargetQueue: updateContactTargetQueue,
  UpdateContactTextToSpeechVoice: settings.updateContactTextToSpeechVoice,
  UpdateCustomerProfile: settings.updateCustomerProfile,
  UpdateFlowAttributes: updateFlowAttributes,
  UpdateFlowLoggingBehavior: settings.updateFlowLoggingBehavior,
  UpdatePreviousContactParticipantState: settings.updatePreviousContactParticipantState,
  UpdateRoutingCriteria: settings.updateRoutingCriteria,
  Wait: wait,
});

/**
 * The handler for an action type; `undefined` when the simulator does not run it. Safe for any
 * string.
 *
 * @example
 * ```ts
 * import { findHandler } from '@contactflow/simulator';
 * findHandler('Compare')?.reads; // []
 * findHandler('constructor'); // undefined
 * ```
 */
export function findHandler(type: string): ActionHandler | undefined {
  return Object.hasOwn(handlers, type) ? handlers[type] : undefined;
}
