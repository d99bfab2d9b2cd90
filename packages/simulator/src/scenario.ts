import type { Channel, FlowType, system } from '@contactflow/dsl';
import type { CustomerInput, InputProvider } from './customer-input.js';
import type { LambdaStub } from './lambda-stub.js';
import type { FlowInput } from './load-flow.js';

/** Whether hours of operation are open at the simulated moment. */
export type HoursState = 'open' | 'closed';

/** The numbers Get queue metrics, Check queue status and Check staffing read for a queue. */
export interface QueueMetrics {
  readonly contactsInQueue?: number;
  readonly oldestContactAge?: number;
  readonly agentsOnline?: number;
  readonly agentsAvailable?: number;
  readonly agentsStaffed?: number;
  readonly agentsInAfterContactWork?: number;
  readonly agentsBusy?: number;
  readonly agentsMissed?: number;
  readonly agentsNonProductive?: number;
}

/** One queue of the simulated instance. */
export interface QueueSetup {
  /** Its hours: open or closed, or the name of hours of operation listed in `hours`. */
  readonly hours?: HoursState | string;
  /** Whether Transfer to queue finds it full (the At capacity branch). */
  readonly atCapacity?: boolean;
  readonly metrics?: QueueMetrics;
  /** `$.Queue.Name` while it is the working queue; by default the name the flow uses. */
  readonly name?: string;
  /** `$.Queue.ARN` while it is the working queue. */
  readonly arn?: string;
}

/**
 * What the scenario says about one action: take an error branch, give a result for the conditions
 * to compare, or set contact data when it succeeds. Keyed by action identifier or by action type.
 */
export interface ActionResponse {
  /** The `ErrorType` whose branch the action takes, as if the call behind it had failed. */
  readonly error?: string;
  /** The result the action's conditions compare (Check Voice ID, Check call progress, ...). */
  readonly result?: string;
  /** Contact data the action writes when it succeeds, by JSONPath (`$.Customer.FirstName`). */
  readonly set?: Readonly<Record<string, string>>;
}

/** Friendly names of the system attributes a scenario can set, as `system` of the builder names them. */
export type SystemAttributeName = keyof typeof system;

/** Flows or modules the scenario makes available, by the name or ARN the flow uses, or as a list. */
export type FlowCatalog = Readonly<Record<string, FlowInput>> | readonly FlowInput[];

/**
 * Everything a simulated contact meets: who calls, what they do, and how the instance and the
 * services around it answer. Every part is optional; a part a run needs and the scenario lacks is
 * reported as a `SimulationError` naming it, never guessed. Maps of resources accept a `'*'` entry
 * that answers for any name not listed.
 */
export interface Scenario {
  /** The contact's channel; `VOICE` when not given. */
  readonly channel?: Channel;
  /** The flow type, when the document does not say it (builder flows and exports with `Metadata.type` do). */
  readonly flowType?: FlowType;
  /** User-defined contact attributes the contact arrives with (`$.Attributes.*`). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** System attributes by their builder name: `{ customerNumber: '+15555550100' }`. */
  readonly system?: Readonly<Partial<Record<SystemAttributeName, string>>>;
  /** Any other contact data the contact arrives with, by JSONPath: `{ '$.Media.Sip.Headers.X-Id': '7' }`. */
  readonly contactData?: Readonly<Record<string, string>>;
  /** The working queue the contact arrives with (queue, whisper and transfer flows). */
  readonly queue?: string;
  /** What the customer does, in order, or a function asked each time. */
  readonly inputs?: readonly CustomerInput[] | InputProvider;
  /** Lambda functions by logical name, by ARN or by the function name in the ARN. */
  readonly lambdas?: Readonly<Record<string, LambdaStub>>;
  /** Hours of operation by name (or ARN): open or closed. */
  readonly hours?: Readonly<Record<string, HoursState>>;
  /** Queues by name (or ARN): hours, capacity and metrics. */
  readonly queues?: Readonly<Record<string, QueueSetup>>;
  /** The numbers Distribute by percentage draws, 1 to 100, in order; after them, seeded draws. */
  readonly draws?: readonly number[];
  /** Seed of the draws after `draws` runs out; 1 when not given. */
  readonly seed?: number;
  /** Flows Transfer to flow continues into; a flow not listed ends the run as a transfer. */
  readonly flows?: FlowCatalog;
  /** Modules Invoke module runs. */
  readonly modules?: FlowCatalog;
  /** Per action identifier or action type: an error to take, a result, or data to set. A list is taken one per run of the action. */
  readonly responses?: Readonly<Record<string, ActionResponse | readonly ActionResponse[]>>;
  /** Actions run before the run stops with a `step-limit` outcome; 1000 when not given. */
  readonly maxSteps?: number;
}

/** The parts of a scenario an action handler can read, for the table of simulated actions. */
export type ScenarioPart =
  | 'channel'
  | 'inputs'
  | 'lambdas'
  | 'hours'
  | 'queues'
  | 'draws'
  | 'flows'
  | 'modules'
  | 'responses';
