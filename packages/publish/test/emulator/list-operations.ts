import { invalidParameter } from './errors.js';
import type { EmulatedInstance, PhoneNumberRecord } from './instance-state.js';
import {
  enumValue,
  epochSeconds,
  instanceOf,
  pageOf,
  queryValue,
  queryValues,
  type OperationContext,
} from './operation-context.js';
import { paginate } from './pagination.js';

// Seeded resources have no history; they all report this modification time.
const seededTime = epochSeconds(new Date(Date.UTC(2024, 0, 1)));

/**
 * `ListQueues`, filtered by `queueTypes` (STANDARD, AGENT) when given.
 * @example
 * ```ts
 * import { listQueues } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listQueues(context).QueueSummaryList;
 * ```
 */
export function listQueues(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const types = queryValues(context, 'queueTypes').map((type) =>
    enumValue('queueTypes', type, ['STANDARD', 'AGENT'] as const),
  );
  const queues = instance.queues.filter(
    (queue) => types.length === 0 || types.includes(queue.type),
  );
  const page = pageOf(context, instance, queues, 1000, 'ListQueues', types.join(','));
  return {
    QueueSummaryList: page.items.map((queue) => ({
      Id: queue.id,
      Arn: queue.arn,
      Name: queue.name,
      QueueType: queue.type,
      LastModifiedTime: seededTime,
      LastModifiedRegion: instance.region,
    })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListPrompts`.
 * @example
 * ```ts
 * import { listPrompts } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listPrompts(context).PromptSummaryList;
 * ```
 */
export function listPrompts(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const page = pageOf(context, instance, instance.prompts, 1000, 'ListPrompts');
  return { PromptSummaryList: page.items.map(summary(instance)), NextToken: page.nextToken };
}

/**
 * `ListHoursOfOperations`.
 * @example
 * ```ts
 * import { listHoursOfOperations } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listHoursOfOperations(context).HoursOfOperationSummaryList;
 * ```
 */
export function listHoursOfOperations(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const page = pageOf(context, instance, instance.hoursOfOperations, 1000, 'ListHoursOfOperations');
  return {
    HoursOfOperationSummaryList: page.items.map(summary(instance)),
    NextToken: page.nextToken,
  };
}

/**
 * `ListLambdaFunctions`: the associated functions' ARNs, at most 25 a page.
 * @example
 * ```ts
 * import { listLambdaFunctions } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listLambdaFunctions(context).LambdaFunctions;
 * ```
 */
export function listLambdaFunctions(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const page = pageOf(context, instance, instance.lambdaFunctions, 25, 'ListLambdaFunctions');
  return { LambdaFunctions: page.items.map((fn) => fn.arn), NextToken: page.nextToken };
}

/**
 * `ListBots`: `lexVersion` is required; V2 lists the associated bot aliases, V1 (classic bots,
 * which the emulator does not seed) lists nothing. At most 25 a page.
 * @example
 * ```ts
 * import { listBots } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listBots(context).LexBots;
 * ```
 */
export function listBots(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const version = queryValue(context, 'lexVersion');
  if (version === undefined)
    throw invalidParameter('lexVersion', undefined, 'Member must not be null');
  enumValue('lexVersion', version, ['V1', 'V2'] as const);
  const aliases = version === 'V2' ? instance.lexBotAliases : [];
  const page = pageOf(context, instance, aliases, 25, 'ListBots', version);
  return {
    LexBots: page.items.map((alias) => ({ LexV2Bot: { AliasArn: alias.aliasArn } })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListPhoneNumbersV2` (a POST whose filters and paging are in the body): the numbers of the
 * instance named by `InstanceId` or `TargetArn`, or of every instance when neither is given,
 * filtered by country codes, types and prefix.
 * @example
 * ```ts
 * import { listPhoneNumbersV2 } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listPhoneNumbersV2(context).ListPhoneNumbersSummaryList;
 * ```
 */
export function listPhoneNumbersV2(context: OperationContext): Record<string, unknown> {
  const body = context.request.body;
  const target = (body['InstanceId'] ?? body['TargetArn']) as string | undefined;
  const instances = target === undefined ? context.instances : [instanceOf(context, target)];
  const countries = stringList(body['PhoneNumberCountryCodes']);
  const types = stringList(body['PhoneNumberTypes']);
  const prefix = typeof body['PhoneNumberPrefix'] === 'string' ? body['PhoneNumberPrefix'] : '';
  const entries: { instance: EmulatedInstance; number: PhoneNumberRecord }[] = instances.flatMap(
    (instance) => instance.phoneNumbers.map((number) => ({ instance, number })),
  );
  const matching = entries.filter(
    ({ number }) =>
      (countries.length === 0 || countries.includes(number.countryCode)) &&
      (types.length === 0 || types.includes(number.type)) &&
      (number.number.startsWith(prefix) || number.number.startsWith(`+${prefix}`)),
  );
  const page = paginate(
    matching,
    {
      maxResults: body['MaxResults'] as number | undefined,
      nextToken: body['NextToken'] as string | undefined,
    },
    {
      maximum: 1000,
      pageSize: context.settings.pageSize,
      scope: `ListPhoneNumbersV2/${target ?? ''}/${countries.join(',')}/${types.join(',')}/${prefix}`,
    },
  );
  return {
    ListPhoneNumbersSummaryList: page.items.map(({ instance, number }) => ({
      PhoneNumberId: number.id,
      PhoneNumberArn: number.arn,
      PhoneNumber: number.number,
      PhoneNumberCountryCode: number.countryCode,
      PhoneNumberType: number.type,
      TargetArn: instance.arn,
      InstanceId: instance.id,
      PhoneNumberDescription: number.description,
    })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListUsers`.
 * @example
 * ```ts
 * import { listUsers } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listUsers(context).UserSummaryList;
 * ```
 */
export function listUsers(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const page = pageOf(context, instance, instance.users, 1000, 'ListUsers');
  return {
    UserSummaryList: page.items.map((user) => ({
      Id: user.id,
      Arn: user.arn,
      Username: user.username,
      LastModifiedTime: seededTime,
      LastModifiedRegion: instance.region,
    })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListQuickConnects`, filtered by `QuickConnectTypes` when given.
 * @example
 * ```ts
 * import { listQuickConnects } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listQuickConnects(context).QuickConnectSummaryList;
 * ```
 */
export function listQuickConnects(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const types = queryValues(context, 'QuickConnectTypes').map((type) =>
    enumValue('quickConnectTypes', type, ['USER', 'QUEUE', 'PHONE_NUMBER', 'FLOW'] as const),
  );
  const quickConnects = instance.quickConnects.filter(
    (entry) => types.length === 0 || types.includes(entry.type),
  );
  const page = pageOf(context, instance, quickConnects, 1000, 'ListQuickConnects', types.join(','));
  return {
    QuickConnectSummaryList: page.items.map((entry) => ({
      Id: entry.id,
      Arn: entry.arn,
      Name: entry.name,
      QuickConnectType: entry.type,
      LastModifiedTime: seededTime,
      LastModifiedRegion: instance.region,
    })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListViews`, filtered by `type` when given; at most 100 a page.
 * @example
 * ```ts
 * import { listViews } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listViews(context).ViewsSummaryList;
 * ```
 */
export function listViews(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const typeFilter = queryValue(context, 'type');
  const type =
    typeFilter === undefined
      ? undefined
      : enumValue('type', typeFilter, ['CUSTOMER_MANAGED', 'AWS_MANAGED'] as const);
  const views = instance.views.filter((view) => type === undefined || view.type === type);
  const page = pageOf(context, instance, views, 100, 'ListViews', type ?? '');
  return {
    ViewsSummaryList: page.items.map((view) => ({
      Id: view.id,
      Arn: view.arn,
      Name: view.name,
      Type: view.type,
      Status: view.status,
      Description: view.description,
    })),
    NextToken: page.nextToken,
  };
}

/**
 * `ListTaskTemplates`, filtered by `status` (ACTIVE, INACTIVE) and by exact `name` when given; at
 * most 100 a page.
 * @example
 * ```ts
 * import { listTaskTemplates } from './list-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listTaskTemplates(context).TaskTemplates;
 * ```
 */
export function listTaskTemplates(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const statusFilter = queryValue(context, 'status');
  const status =
    statusFilter === undefined
      ? undefined
      : enumValue('status', statusFilter, ['ACTIVE', 'INACTIVE'] as const);
  const name = queryValue(context, 'name');
  const templates = instance.taskTemplates.filter(
    (template) =>
      (status === undefined || template.status === status) &&
      (name === undefined || template.name === name),
  );
  const page = pageOf(
    context,
    instance,
    templates,
    100,
    'ListTaskTemplates',
    `${status ?? ''}/${name ?? ''}`,
  );
  return {
    TaskTemplates: page.items.map((template) => ({
      Id: template.id,
      Arn: template.arn,
      Name: template.name,
      Description: template.description,
      Status: template.status,
      LastModifiedTime: seededTime,
      CreatedTime: seededTime,
    })),
    NextToken: page.nextToken,
  };
}

function summary(
  instance: EmulatedInstance,
): (resource: { id: string; arn: string; name: string }) => Record<string, unknown> {
  return (resource) => ({
    Id: resource.id,
    Arn: resource.arn,
    Name: resource.name,
    LastModifiedTime: seededTime,
    LastModifiedRegion: instance.region,
  });
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
