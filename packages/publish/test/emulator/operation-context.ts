import { invalidParameter, resourceNotFound } from './errors.js';
import type { ReceivedRequest } from './faults.js';
import type { EmulatedInstance } from './instance-state.js';
import { paginate, type Page } from './pagination.js';

/** The emulator settings that operations read. */
export interface OperationSettings {
  /** The most items on one page of any List. */
  readonly pageSize: number;
  /** Whether `CreateContactFlowModule` refuses a request without `Settings`. */
  readonly moduleSettingsRequired: boolean;
}

/** What an operation handler gets: the request, the instances and the settings. */
export interface OperationContext {
  readonly request: ReceivedRequest;
  readonly instances: readonly EmulatedInstance[];
  readonly settings: OperationSettings;
}

/**
 * Runs one operation and returns the JSON body of its 200 response, or throws a `ServiceError`.
 */
export type OperationHandler = (context: OperationContext) => Record<string, unknown>;

/**
 * The instance a request addresses by id or ARN, in its `InstanceId` path label (or `id` when
 * given, for operations that carry it in the body).
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { instanceOf } from './operation-context.js';
 * declare const context: OperationContext;
 * instanceOf(context).arn;
 * ```
 */
export function instanceOf(context: OperationContext, id?: string): EmulatedInstance {
  const reference = id ?? context.request.params['InstanceId'] ?? '';
  const instance = context.instances.find(
    (candidate) => candidate.id === reference || candidate.arn === reference,
  );
  if (instance === undefined) throw resourceNotFound(`Instance not found: ${reference}`);
  return instance;
}

/**
 * A string member of the request body that must be there, within the model's length limits.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { requiredString } from './operation-context.js';
 * declare const context: OperationContext;
 * requiredString(context, 'Name', 127);
 * ```
 */
export function requiredString(
  context: OperationContext,
  member: string,
  maxLength: number,
): string {
  const value = optionalString(context, member, maxLength);
  if (value === undefined)
    throw invalidParameter(wireName(member), undefined, 'Member must not be null');
  return value;
}

/**
 * A string member of the request body that may be absent.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { optionalString } from './operation-context.js';
 * declare const context: OperationContext;
 * optionalString(context, 'Description', 500);
 * ```
 */
export function optionalString(
  context: OperationContext,
  member: string,
  maxLength: number,
): string | undefined {
  const value = context.request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw invalidParameter(wireName(member), value, 'Member must be a string');
  if (value.length < 1)
    throw invalidParameter(
      wireName(member),
      value,
      'Member must have length greater than or equal to 1',
    );
  if (value.length > maxLength)
    throw invalidParameter(
      wireName(member),
      `${value.slice(0, 20)}...`,
      `Member must have length less than or equal to ${maxLength}`,
    );
  return value;
}

/**
 * A string member of the body that must be one of `allowed` when present.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { optionalEnum } from './operation-context.js';
 * declare const context: OperationContext;
 * optionalEnum(context, 'Status', ['PUBLISHED', 'SAVED'] as const);
 * ```
 */
export function optionalEnum<T extends string>(
  context: OperationContext,
  member: string,
  allowed: readonly T[],
): T | undefined {
  const value = context.request.body[member];
  if (value === undefined || value === null) return undefined;
  return enumValue(wireName(member), value, allowed);
}

/**
 * Checks one value against an enumeration, as the service's request validation does.
 * @example
 * ```ts
 * import { enumValue } from './operation-context.js';
 * enumValue('queueTypes', 'AGENT', ['STANDARD', 'AGENT'] as const); // 'AGENT'
 * ```
 */
export function enumValue<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw invalidParameter(
      name,
      value,
      `Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
  return value as T;
}

/**
 * The values of a query parameter (repeated parameters give several).
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { queryValues } from './operation-context.js';
 * declare const context: OperationContext;
 * queryValues(context, 'contactFlowTypes');
 * ```
 */
export function queryValues(context: OperationContext, name: string): readonly string[] {
  const value = context.request.query[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * The single value of a query parameter, if given.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { queryValue } from './operation-context.js';
 * declare const context: OperationContext;
 * queryValue(context, 'nextToken');
 * ```
 */
export function queryValue(context: OperationContext, name: string): string | undefined {
  return queryValues(context, name)[0];
}

/**
 * The `Tags` member of the body, or none.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { tagsOf } from './operation-context.js';
 * declare const context: OperationContext;
 * tagsOf(context); // {}
 * ```
 */
export function tagsOf(context: OperationContext): Record<string, string> {
  const tags = context.request.body['Tags'];
  return typeof tags === 'object' && tags !== null && !Array.isArray(tags)
    ? { ...(tags as Record<string, string>) }
    : {};
}

/**
 * Seconds since the epoch, the REST-JSON protocol's default timestamp format.
 * @example
 * ```ts
 * import { epochSeconds } from './operation-context.js';
 * epochSeconds(new Date(1500)); // 1.5
 * ```
 */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

/**
 * One page of a GET listing of `instance`, whose `maxResults` and `nextToken` travel in the query
 * string; `filters` tell apart listings whose tokens must not be mixed.
 * @example
 * ```ts
 * import type { OperationContext } from './operation-context.js';
 * import { instanceOf, pageOf } from './operation-context.js';
 * declare const context: OperationContext;
 * const instance = instanceOf(context);
 * pageOf(context, instance, instance.prompts, 1000, 'ListPrompts').items;
 * ```
 */
export function pageOf<T>(
  context: OperationContext,
  instance: EmulatedInstance,
  items: readonly T[],
  maximum: number,
  operation: string,
  filters = '',
): Page<T> {
  return paginate(
    items,
    { maxResults: queryValue(context, 'maxResults'), nextToken: queryValue(context, 'nextToken') },
    {
      maximum,
      pageSize: context.settings.pageSize,
      scope: `${operation}/${instance.id}/${filters}`,
    },
  );
}

// The service names members in lower camel case in its validation messages.
function wireName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}
