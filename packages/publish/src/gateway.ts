import type { ContactFlowType, ResourceKind } from '@contactflow/dsl';

/** A flow or a module as the instance lists it. */
export interface LiveSummary {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  /** `ACTIVE` or `ARCHIVED`, when the instance says. */
  readonly state?: string | undefined;
}

/** A flow as the instance lists it. */
export interface LiveFlowSummary extends LiveSummary {
  readonly type: ContactFlowType;
}

/** A flow module as the instance lists it. */
export type LiveModuleSummary = LiveSummary;

/** A flow's or a module's content as the instance describes it. */
export interface LiveContent {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly description?: string | undefined;
  /** The Flow-language document as text. */
  readonly content: string;
  /** A module's `Settings` as text. */
  readonly settings?: string | undefined;
  /** A flow's type; absent for a module. */
  readonly type?: ContactFlowType | undefined;
  readonly status?: string | undefined;
  readonly state?: string | undefined;
}

/**
 * An instance resource that flows refer to, named as `liveEnvironment` and `pull` name it (see
 * `resourceName`): the value placed in a flow is its ARN.
 */
export interface LiveResource {
  readonly kind: ResourceKind;
  readonly name: string;
  readonly arn: string;
  /** Its id, when the list gives one. */
  readonly id?: string | undefined;
}

/** What `createFlow` needs. */
export interface NewFlow {
  readonly name: string;
  readonly type: ContactFlowType;
  readonly content: string;
  readonly description?: string | undefined;
  /** `PUBLISHED` (the service validates the content) or `SAVED`. */
  readonly status: PublishStatus;
}

/** What `createModule` needs. */
export interface NewModule {
  readonly name: string;
  readonly content: string;
  readonly settings?: string | undefined;
  readonly description?: string | undefined;
}

/** Whether written content is published, and validated by the service, or only saved. */
export type PublishStatus = 'PUBLISHED' | 'SAVED';

/** The id and ARN of a flow or module just created. */
export interface CreatedResource {
  readonly id: string;
  readonly arn: string;
}

/**
 * The Amazon Connect operations publishing, pulling and restoring need, for one instance. The
 * AWS SDK implementation is `createConnectGateway`; tests and other transports can supply their
 * own. Every method rejects with a `ConnectServiceError` when the service refuses.
 *
 * @example
 * ```ts
 * import type { ConnectGateway } from '@contactflow/publish';
 * async function flowNames(gateway: ConnectGateway): Promise<string[]> {
 *   return (await gateway.listFlows()).map((flow) => flow.name);
 * }
 * ```
 */
export interface ConnectGateway {
  /** The instance id or ARN the operations address. */
  readonly instanceId: string;
  /** The region the client sends to, when it can say. */
  region(): Promise<string | undefined>;
  /** Every flow of the instance, every page. */
  listFlows(): Promise<LiveFlowSummary[]>;
  /** Every flow module of the instance, every page. */
  listModules(): Promise<LiveModuleSummary[]>;
  /** Every resource of a kind, every page, named as `resourceName` says. */
  listResources(kind: ResourceKind): Promise<LiveResource[]>;
  describeFlow(id: string): Promise<LiveContent>;
  describeModule(id: string): Promise<LiveContent>;
  createFlow(flow: NewFlow): Promise<CreatedResource>;
  updateFlowContent(id: string, content: string, status: PublishStatus): Promise<void>;
  createModule(module: NewModule): Promise<CreatedResource>;
  updateModuleContent(id: string, content: string, settings: string | undefined): Promise<void>;
  deleteFlow(id: string): Promise<void>;
  deleteModule(id: string): Promise<void>;
}

/**
 * The service refused an operation, or could not be reached. `problems` holds the messages of an
 * `InvalidContactFlowException` or `InvalidContactFlowModuleException`, which name the place with
 * `Path: Actions[3].Parameters.X`.
 *
 * @example
 * ```ts
 * import { ConnectServiceError } from '@contactflow/publish';
 * const error = new ConnectServiceError('InvalidContactFlowException', 'The flow is not valid.', [
 *   'Invalid Action property value. Path: Actions[0].Parameters.QueueId',
 * ]);
 * error.problems.length; // 1
 * ```
 */
export class ConnectServiceError extends Error {
  override readonly name = 'ConnectServiceError';

  constructor(
    /** The exception name (`ThrottlingException`, `DuplicateResourceException`, ...). */
    readonly code: string,
    message: string,
    /** The validation problems the service reported, one message each. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * Whether an error is a {@link ConnectServiceError} of the given exception name.
 *
 * @example
 * ```ts
 * import { ConnectServiceError, isServiceError } from '@contactflow/publish';
 * isServiceError(new ConnectServiceError('ResourceNotFoundException', 'gone'), 'ResourceNotFoundException'); // true
 * ```
 */
export function isServiceError(error: unknown, code?: string): error is ConnectServiceError {
  return error instanceof ConnectServiceError && (code === undefined || error.code === code);
}

/**
 * One line saying why an operation failed, for results and summaries.
 *
 * @example
 * ```ts
 * import { errorMessage } from '@contactflow/publish';
 * errorMessage(new Error('socket hang up')); // 'socket hang up'
 * ```
 */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return error instanceof ConnectServiceError && !line.includes(error.code)
    ? `${error.code}: ${line}`
    : line;
}
