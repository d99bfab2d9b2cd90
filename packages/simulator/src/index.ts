/**
 * Running Amazon Connect flows offline: scenarios, traces, paths and branch coverage.
 *
 * @packageDocumentation
 */
export { simulate, type SimulationResult } from './simulate.js';
export type {
  ActionResponse,
  FlowCatalog,
  HoursState,
  QueueMetrics,
  QueueSetup,
  Scenario,
  ScenarioPart,
  SystemAttributeName,
} from './scenario.js';
export {
  describeInput,
  dtmf,
  lexIntent,
  text,
  timeout,
  viewAction,
  waitEvent,
  type CustomerInput,
  type DtmfInput,
  type InputKind,
  type InputProvider,
  type InputRequest,
  type LexInput,
  type TextInput,
  type TimeoutInput,
  type ViewInput,
  type WaitEventInput,
} from './customer-input.js';
export {
  fails,
  ok,
  timesOut,
  type LambdaInvocation,
  type LambdaResponse,
  type LambdaStub,
} from './lambda-stub.js';
export { describeOutcome, type Outcome, type OutcomeKind } from './outcome.js';
export type { DataChange, Prompt, TraceStep } from './trace.js';
export {
  isSimulationError,
  SimulationError,
  type SimulationErrorCode,
} from './simulation-error.js';
export {
  loadFlow,
  type FlowDocumentLike,
  type FlowInput,
  type LoadedFlow,
  type SimAction,
  type SimCondition,
} from './load-flow.js';
export {
  enumeratePaths,
  type FlowPath,
  type PathEnd,
  type PathEnumeration,
  type PathOptions,
  type PathStep,
} from './paths.js';
export { branchCoverage, type BranchCoverage, type CoverageReport } from './coverage.js';
export { actionBranches } from './action-shape.js';
export {
  conditionLabel,
  errorBranch,
  errorLabel,
  outgoingBranches,
  resultBranch,
  successBranch,
  type Branch,
  type BranchShape,
  type ChosenBranch,
  type EndKind,
} from './branches.js';
export { conditionHolds, isConditionOperator } from './conditions.js';
export {
  formatPath,
  parsePath,
  readPath,
  wholePath,
  type ParsedPath,
  type PathSegment,
} from './json-path.js';
export { interpolate, resolveValue, type PathReader } from './resolve-value.js';
export { ContactState, flowLocalNamespaces, textOf } from './contact-state.js';
export { percentageDraws } from './random.js';
export {
  failWith,
  shapeOf,
  success,
  type ActionContext,
  type ActionHandler,
  type StepResult,
  type WorkingQueue,
} from './action-handler.js';
export { findHandler, handlers } from './handlers/index.js';
export { notSimulated } from './not-simulated.js';
export { simulatedActions, type SimulatedAction } from './simulated-actions.js';
