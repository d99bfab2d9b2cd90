/** One entry of the `problems` of an invalid flow or module, as the service words it. */
export interface Problem {
  readonly message: string;
}

/**
 * An error the emulator answers with: the service's error type (sent in `x-amzn-errortype`), the
 * HTTP status, and the JSON body. Handlers throw it; the server turns it into the response.
 */
export class ServiceError extends Error {
  /** The error shape name, e.g. `ResourceNotFoundException`; the SDK picks its class by it. */
  readonly type: string;
  /** The HTTP status code. */
  readonly status: number;
  /** The JSON body, `Message` included when the shape has one. */
  readonly body: Readonly<Record<string, unknown>>;

  /**
   * @example
   * ```ts
   * import { ServiceError } from './errors.js';
   * new ServiceError('InternalServiceException', 500, { Message: 'Try again' }).status; // 500
   * ```
   */
  constructor(type: string, status: number, body: Record<string, unknown>) {
    super(typeof body['Message'] === 'string' ? body['Message'] : type);
    this.name = 'ServiceError';
    this.type = type;
    this.status = status;
    this.body = body;
  }
}

/**
 * `ResourceNotFoundException` (404).
 * @example
 * ```ts
 * import { resourceNotFound } from './errors.js';
 * resourceNotFound('Instance not found: abc').status; // 404
 * ```
 */
export function resourceNotFound(message: string): ServiceError {
  return new ServiceError('ResourceNotFoundException', 404, { Message: message });
}

/**
 * `DuplicateResourceException` (409), for a flow or module name already taken in the instance.
 * @example
 * ```ts
 * import { duplicateResource } from './errors.js';
 * duplicateResource('A flow named Main already exists.').type; // 'DuplicateResourceException'
 * ```
 */
export function duplicateResource(message: string): ServiceError {
  return new ServiceError('DuplicateResourceException', 409, { Message: message });
}

/**
 * `InvalidParameterException` (400), worded like the service's request validation.
 * @example
 * ```ts
 * import { invalidParameter } from './errors.js';
 * invalidParameter('maxResults', '2000', 'Member must have value less than or equal to 1000');
 * ```
 */
export function invalidParameter(member: string, value: unknown, constraint: string): ServiceError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new ServiceError('InvalidParameterException', 400, {
    Message: `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`,
  });
}

/**
 * `InvalidContactFlowException` (400) with lower-case `problems`, as the service model names the
 * member; the body has no `Message`, like the service's.
 * @example
 * ```ts
 * import { invalidContactFlow } from './errors.js';
 * invalidContactFlow([{ message: 'Invalid Action type' }]).body; // { problems: [...] }
 * ```
 */
export function invalidContactFlow(problems: readonly Problem[]): ServiceError {
  return new ServiceError('InvalidContactFlowException', 400, { problems: limit(problems) });
}

/**
 * `InvalidContactFlowModuleException` (400) with capitalised `Problems`, as the model has it.
 * @example
 * ```ts
 * import { invalidContactFlowModule } from './errors.js';
 * invalidContactFlowModule([{ message: 'Invalid Action type' }]).type;
 * ```
 */
export function invalidContactFlowModule(problems: readonly Problem[]): ServiceError {
  return new ServiceError('InvalidContactFlowModuleException', 400, { Problems: limit(problems) });
}

/**
 * `ContactFlowNotPublishedException` (404): the flow only has saved content and was asked for
 * without the `:$SAVED` qualifier.
 * @example
 * ```ts
 * import { contactFlowNotPublished } from './errors.js';
 * contactFlowNotPublished().status; // 404
 * ```
 */
export function contactFlowNotPublished(): ServiceError {
  return new ServiceError('ContactFlowNotPublishedException', 404, {
    Message: 'The flow has not been published.',
  });
}

/**
 * `ThrottlingException` (429), which the SDK's retry strategy treats as retryable.
 * @example
 * ```ts
 * import { throttling } from './errors.js';
 * throttling().status; // 429
 * ```
 */
export function throttling(): ServiceError {
  return new ServiceError('ThrottlingException', 429, { Message: 'Rate exceeded' });
}

// The model allows 1 to 50 problems per error.
function limit(problems: readonly Problem[]): Problem[] {
  return problems.slice(0, 50).map((problem) => ({ message: problem.message }));
}
