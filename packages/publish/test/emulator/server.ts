import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceError } from './errors.js';
import { FaultPlan, type FailureSpec, type ReceivedRequest } from './faults.js';
import { IdentifierSource } from './identifiers.js';
import { EmulatedInstance, type FlowRecord, type ModuleRecord } from './instance-state.js';
import type { OperationHandler, OperationSettings } from './operation-context.js';
import { matchRoute, type OperationName } from './routes.js';

/** How to start an emulator. */
export interface ConnectEmulatorOptions {
  /**
   * The most items any List returns on one page, whatever `MaxResults` asks (the service may
   * return fewer than asked). Default 100. A small value (2) makes tests walk several pages.
   */
  readonly pageSize?: number;
  /** The region of instances added without one. Default `us-east-1`. */
  readonly region?: string;
  /** The account of instances added without one. Default `123456789012`. */
  readonly accountId?: string;
  /**
   * Whether `CreateContactFlowModule` refuses a request without `Settings`, as the service is
   * observed to. Default `true`.
   */
  readonly moduleSettingsRequired?: boolean;
  /**
   * The clock of `LastModifiedTime`. Default: a deterministic clock that starts at
   * 2024-01-01T00:00:00Z and advances one second per reading.
   */
  readonly now?: () => Date;
}

/** Where a new instance lives; every field has a default. */
export interface InstanceOptions {
  /** Default: a UUID derived from the number of instances added before. */
  readonly id?: string;
  readonly region?: string;
  readonly accountId?: string;
}

/** One request as the emulator received and answered it. */
export interface RecordedCall extends ReceivedRequest {
  /** Whether the operation changes the instance (create, update or delete). */
  readonly write: boolean;
  /** The HTTP status answered. */
  readonly status: number;
  /** The error type answered, if the call failed. */
  readonly errorType: string | undefined;
}

/** A snapshot of an instance's flows and modules, content as stored. */
export interface InstanceState {
  readonly flows: readonly FlowRecord[];
  readonly modules: readonly ModuleRecord[];
}

/**
 * A running emulator of the Amazon Connect API on 127.0.0.1: point a `ConnectClient` at
 * `endpoint` (with any region and static credentials) and it answers the flow, module and
 * resource-listing operations like the service.
 */
export class ConnectEmulator {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  readonly #server: Server;
  readonly #instances: EmulatedInstance[] = [];
  readonly #calls: RecordedCall[] = [];
  readonly #faults = new FaultPlan();
  readonly #ids = new IdentifierSource();
  readonly #settings: OperationSettings;
  readonly #region: string;
  readonly #accountId: string;
  readonly #now: () => Date;
  #requests = 0;

  /** @internal Use `startConnectEmulator`. */
  constructor(server: Server, options: ConnectEmulatorOptions) {
    this.#server = server;
    const { port } = server.address() as AddressInfo;
    this.endpoint = `http://127.0.0.1:${port}`;
    this.#settings = {
      pageSize: options.pageSize ?? 100,
      moduleSettingsRequired: options.moduleSettingsRequired ?? true,
    };
    this.#region = options.region ?? 'us-east-1';
    this.#accountId = options.accountId ?? '123456789012';
    this.#now = options.now ?? steppingClock();
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      // A request that breaks off mid-body has no one left to answer.
      this.#serve(request, response).catch(() => response.destroy());
    });
  }

  /**
   * Every request received so far, in order (throttled and failed ones included).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * emulator.calls.filter((call) => call.write).length; // 0
   * ```
   */
  get calls(): readonly RecordedCall[] {
    return [...this.#calls];
  }

  /**
   * Forgets the recorded calls, e.g. between a first deploy and a re-deploy.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).clearCalls();
   * ```
   */
  clearCalls(): void {
    this.#calls.length = 0;
  }

  /**
   * Adds an instance, empty until seeded through the returned handle.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * const instance = emulator.addInstance({ region: 'eu-west-2' });
   * instance.addQueue('Sales');
   * ```
   */
  addInstance(options: InstanceOptions = {}): EmulatedInstance {
    const id = options.id ?? this.#ids.uuid(`instance/${this.#instances.length}`);
    if (this.#instances.some((instance) => instance.id === id))
      throw new Error(`The emulator already has an instance ${id}.`);
    const instance = new EmulatedInstance(
      {
        id,
        region: options.region ?? this.#region,
        accountId: options.accountId ?? this.#accountId,
      },
      { ids: this.#ids, now: this.#now },
    );
    this.#instances.push(instance);
    return instance;
  }

  /**
   * An instance by id or ARN.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * const { id } = emulator.addInstance();
   * emulator.instance(id).addPrompt('Welcome');
   * ```
   */
  instance(reference: string): EmulatedInstance {
    const instance = this.#instances.find(
      (candidate) => candidate.id === reference || candidate.arn === reference,
    );
    if (instance === undefined) throw new Error(`The emulator has no instance ${reference}.`);
    return instance;
  }

  /**
   * The flows and modules of an instance as stored (copies).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * const { id } = emulator.addInstance();
   * emulator.state(id).flows; // []
   * ```
   */
  state(instance: string): InstanceState {
    const found = this.instance(instance);
    return { flows: found.flows(), modules: found.modules() };
  }

  /**
   * Answers the next `count` requests (of `operation` only, when given) with
   * `ThrottlingException` (429).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).throttleNext(2, 'ListQueues');
   * ```
   */
  throttleNext(count: number, operation?: OperationName): void {
    this.#faults.throttleNext(count, operation);
  }

  /**
   * Answers one request of `operation` with the given error: the first matching one, or the one
   * after `skip` matching ones. The failed request changes nothing.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * emulator.failNext('UpdateContactFlowContent', {
   *   type: 'InternalServiceException',
   *   status: 500,
   *   skip: 2,
   * });
   * emulator.failNext('CreateContactFlow', {
   *   type: 'LimitExceededException',
   *   status: 429,
   *   match: (request) => request.body['Name'] === 'Main',
   * });
   * ```
   */
  failNext(operation: OperationName, spec: FailureSpec): void {
    this.#faults.failNext(operation, spec);
  }

  /**
   * Disarms every pending `throttleNext` and `failNext`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).clearFaults();
   * ```
   */
  clearFaults(): void {
    this.#faults.clear();
  }

  /**
   * Stops listening and drops open connections.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * await (await startConnectEmulator()).close();
   * ```
   */
  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.close((error) => (error === undefined ? resolve() : reject(error)));
      this.#server.closeAllConnections();
    });
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const method = request.method ?? 'GET';
    const [path = '/', queryText = ''] = (request.url ?? '/').split('?', 2);
    const match = matchRoute(method, path);
    let body: Record<string, unknown> = {};
    let outcome: Outcome | undefined;
    try {
      body = parseBody(text);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      outcome = failure(error);
    }
    const received: ReceivedRequest = {
      operation: match?.route.operation ?? 'Unknown',
      method,
      path,
      params: match?.params ?? {},
      query: parseQuery(queryText),
      body,
    };
    outcome ??= this.#answer(received, request.headers.authorization, match?.route.handle);
    this.#calls.push({
      ...received,
      write: match?.route.write ?? false,
      status: outcome.status,
      errorType: outcome.errorType,
    });
    this.#requests += 1;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-amzn-requestid': this.#ids.uuid(`request/${this.#requests}`),
    };
    if (outcome.errorType !== undefined) headers['x-amzn-errortype'] = outcome.errorType;
    response.writeHead(outcome.status, headers);
    response.end(JSON.stringify(outcome.body));
  }

  #answer(
    request: ReceivedRequest,
    authorization: string | undefined,
    handle: OperationHandler | undefined,
  ): Outcome {
    try {
      // Signatures are not verified, but an unsigned request is refused as the service would.
      if (authorization === undefined)
        throw new ServiceError('MissingAuthenticationTokenException', 403, {
          Message: 'Missing Authentication Token',
        });
      if (!authorization.startsWith('AWS4-HMAC-SHA256 '))
        throw new ServiceError('IncompleteSignatureException', 403, {
          Message: 'Authorization header requires the AWS4-HMAC-SHA256 scheme.',
        });
      if (handle === undefined)
        throw new ServiceError('UnknownOperationException', 404, {
          Message: `No operation for ${request.method} ${request.path}`,
        });
      const injected = this.#faults.take(request);
      if (injected !== undefined) throw injected;
      const context = { request, instances: this.#instances, settings: this.#settings };
      return { status: 200, body: handle(context), errorType: undefined };
    } catch (error) {
      if (error instanceof ServiceError) return failure(error);
      return failure(
        new ServiceError('InternalServiceException', 500, {
          Message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
}

/**
 * Starts an emulator listening on 127.0.0.1 on a free port.
 * @example
 * ```ts
 * import { ConnectClient, ListQueuesCommand } from '@aws-sdk/client-connect';
 * import { startConnectEmulator } from './index.js';
 * const emulator = await startConnectEmulator({ pageSize: 2 });
 * const instance = emulator.addInstance();
 * instance.addQueue('Sales');
 * const client = new ConnectClient({
 *   endpoint: emulator.endpoint,
 *   region: 'us-east-1',
 *   credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
 * });
 * await client.send(new ListQueuesCommand({ InstanceId: instance.id }));
 * await emulator.close();
 * ```
 */
export async function startConnectEmulator(
  options: ConnectEmulatorOptions = {},
): Promise<ConnectEmulator> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return new ConnectEmulator(server, options);
}

// What a request is answered with.
interface Outcome {
  readonly status: number;
  readonly body: unknown;
  readonly errorType: string | undefined;
}

function failure(error: ServiceError): Outcome {
  return { status: error.status, body: error.body, errorType: error.type };
}

function steppingClock(): () => Date {
  let seconds = 0;
  const start = Date.UTC(2024, 0, 1);
  return () => new Date(start + 1000 * seconds++);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Refused below.
  }
  throw new ServiceError('SerializationException', 400, {
    Message: 'The body is not a JSON object.',
  });
}

function parseQuery(text: string): Record<string, string | readonly string[]> {
  const query: Record<string, string | readonly string[]> = {};
  const parameters = new URLSearchParams(text);
  for (const name of new Set(parameters.keys())) {
    const values = parameters.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}
