import { ServiceError, throttling } from './errors.js';
import type { OperationName } from './routes.js';

/** A request as the emulator received it; `failNext` matches on it and `calls` records it. */
export interface ReceivedRequest {
  /** The API operation, e.g. `CreateContactFlow`, or `Unknown` for a path no operation has. */
  readonly operation: OperationName | 'Unknown';
  readonly method: string;
  /** The path without the query string, as sent (labels percent-encoded). */
  readonly path: string;
  /** The path labels, decoded: `InstanceId`, `ContactFlowId`, `ContactFlowModuleId`. */
  readonly params: Readonly<Record<string, string>>;
  /** The query parameters; repeated ones (`contactFlowTypes`) as arrays. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** The parsed JSON body; `{}` for requests without one. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** The error `failNext` answers with. */
export interface FailureSpec {
  /** The error type, e.g. `InternalServiceException`, `LimitExceededException`. */
  readonly type: string;
  /** The HTTP status; default 400. */
  readonly status?: number;
  /** The `Message` of the body; default the type. */
  readonly message?: string;
  /** More members of the error body, e.g. `{ problems: [{ message: '...' }] }`. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Only requests for which this holds count (and fail). */
  readonly match?: (request: ReceivedRequest) => boolean;
  /** How many matching requests to let through before failing one; default 0. */
  readonly skip?: number;
}

interface PendingThrottle {
  remaining: number;
  readonly operation: OperationName | undefined;
}

interface PendingFailure {
  readonly operation: OperationName;
  readonly spec: FailureSpec;
  skip: number;
}

/**
 * Errors armed by tests, consulted before each request is handled; an injected error leaves the
 * instance state untouched, as a refused request would.
 */
export class FaultPlan {
  readonly #throttles: PendingThrottle[] = [];
  readonly #failures: PendingFailure[] = [];

  /**
   * Throttles the next `count` requests (of `operation`, or of any operation).
   * @example
   * ```ts
   * import { FaultPlan } from './faults.js';
   * new FaultPlan().throttleNext(2, 'ListQueues');
   * ```
   */
  throttleNext(count: number, operation?: OperationName): void {
    if (count > 0) this.#throttles.push({ remaining: count, operation });
  }

  /**
   * Fails one request of `operation` with the given error (after `skip` matching ones).
   * @example
   * ```ts
   * import { FaultPlan } from './faults.js';
   * new FaultPlan().failNext('UpdateContactFlowContent', { type: 'InternalServiceException', status: 500, skip: 2 });
   * ```
   */
  failNext(operation: OperationName, spec: FailureSpec): void {
    this.#failures.push({ operation, spec, skip: spec.skip ?? 0 });
  }

  /**
   * The injected error for this request, if one is armed for it; consumes it.
   * @example
   * ```ts
   * import { FaultPlan } from './faults.js';
   * const plan = new FaultPlan();
   * plan.throttleNext(1);
   * plan.take({ operation: 'ListQueues', method: 'GET', path: '/', params: {}, query: {}, body: {} })?.type;
   * // 'ThrottlingException'
   * ```
   */
  take(request: ReceivedRequest): ServiceError | undefined {
    const throttle = this.#throttles.find(
      (entry) => entry.operation === undefined || entry.operation === request.operation,
    );
    if (throttle !== undefined) {
      throttle.remaining -= 1;
      if (throttle.remaining === 0) this.#throttles.splice(this.#throttles.indexOf(throttle), 1);
      return throttling();
    }
    for (const failure of this.#failures) {
      if (failure.operation !== request.operation) continue;
      if (failure.spec.match !== undefined && !failure.spec.match(request)) continue;
      if (failure.skip > 0) {
        failure.skip -= 1;
        continue;
      }
      this.#failures.splice(this.#failures.indexOf(failure), 1);
      const { type, status, message, body } = failure.spec;
      return new ServiceError(type, status ?? 400, { Message: message ?? type, ...body });
    }
    return undefined;
  }

  /**
   * Disarms everything.
   * @example
   * ```ts
   * import { FaultPlan } from './faults.js';
   * new FaultPlan().clear();
   * ```
   */
  clear(): void {
    this.#throttles.length = 0;
    this.#failures.length = 0;
  }
}
