export {
  ConnectEmulator,
  startConnectEmulator,
  type ConnectEmulatorOptions,
  type InstanceOptions,
  type InstanceState,
  type RecordedCall,
} from './server.js';
export type { FailureSpec, ReceivedRequest } from './faults.js';
export type { OperationName } from './routes.js';
export {
  EmulatedInstance,
  type FlowRecord,
  type FlowSeed,
  type FlowType,
  type LambdaFunctionRecord,
  type LexBotAliasRecord,
  type ModuleRecord,
  type ModuleSeed,
  type PhoneNumberRecord,
  type QueueRecord,
  type QuickConnectRecord,
  type ResourceSummary,
  type TaskTemplateRecord,
  type UserRecord,
  type ViewRecord,
} from './instance-state.js';
export { maximumContentLength } from './content-checks.js';
