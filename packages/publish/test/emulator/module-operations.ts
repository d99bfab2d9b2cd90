import { contentLengthProblems, flowContentProblems } from './content-checks.js';
import {
  ServiceError,
  duplicateResource,
  invalidContactFlowModule,
  resourceNotFound,
  type Problem,
} from './errors.js';
import { sha256 } from './identifiers.js';
import type { EmulatedInstance, ModuleRecord } from './instance-state.js';
import {
  enumValue,
  instanceOf,
  pageOf,
  optionalString,
  queryValue,
  requiredString,
  tagsOf,
  type OperationContext,
} from './operation-context.js';

/**
 * `CreateContactFlowModule`: modules are published on creation, so the content is always checked
 * (400 `InvalidContactFlowModuleException` with `Problems`); a taken name is 409. `ClientToken`
 * makes the call idempotent: the same token for the same name returns the module it created.
 * @example
 * ```ts
 * import { createContactFlowModule } from './module-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * createContactFlowModule(context).Id;
 * ```
 */
export function createContactFlowModule(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const name = requiredString(context, 'Name', 127);
  const content = requiredString(context, 'Content', Number.MAX_SAFE_INTEGER);
  const description = optionalString(context, 'Description', 500);
  const settings = optionalString(context, 'Settings', Number.MAX_SAFE_INTEGER);
  const token = optionalString(context, 'ClientToken', 500);

  const earlier = token === undefined ? undefined : createdWith.get(instance)?.get(token);
  if (earlier !== undefined) {
    if (earlier.name !== name)
      throw new ServiceError('IdempotencyException', 409, {
        Message: 'An entity with the same ClientToken was created with different parameters.',
      });
    return { Id: earlier.id, Arn: earlier.arn };
  }
  if (instance.moduleNamed(name) !== undefined)
    throw duplicateResource(`A module named ${name} already exists in the instance.`);
  if (settings === undefined && context.settings.moduleSettingsRequired)
    throw invalidContactFlowModule([
      { message: 'JSON field is missing or null for field name: settings' },
    ]);
  checkModule(content, settings);

  const invocation = context.request.body['ExternalInvocationConfiguration'];
  const module = instance.createModule({
    name,
    content,
    settings,
    description,
    externalInvocationEnabled:
      typeof invocation === 'object' && invocation !== null
        ? (invocation as { Enabled?: boolean }).Enabled
        : undefined,
    tags: tagsOf(context),
  });
  if (token !== undefined) {
    const tokens = createdWith.get(instance) ?? new Map<string, ModuleRecord>();
    tokens.set(token, module);
    createdWith.set(instance, tokens);
  }
  return { Id: module.id, Arn: module.arn };
}

/**
 * `UpdateContactFlowModuleContent`: checks and publishes the new content; `Settings` is replaced
 * when given and kept otherwise.
 * @example
 * ```ts
 * import { updateContactFlowModuleContent } from './module-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * updateContactFlowModuleContent(context); // {}
 * ```
 */
export function updateContactFlowModuleContent(context: OperationContext): Record<string, unknown> {
  const { instance, module } = moduleOf(context);
  const content = optionalString(context, 'Content', Number.MAX_SAFE_INTEGER) ?? module.content;
  const settings = optionalString(context, 'Settings', Number.MAX_SAFE_INTEGER);
  checkModule(content, settings);
  instance.updateModuleContent(module.id, content, settings);
  return {};
}

/**
 * `DescribeContactFlowModule`.
 * @example
 * ```ts
 * import { describeContactFlowModule } from './module-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * describeContactFlowModule(context).ContactFlowModule;
 * ```
 */
export function describeContactFlowModule(context: OperationContext): Record<string, unknown> {
  const { module } = moduleOf(context);
  return {
    ContactFlowModule: {
      Arn: module.arn,
      Id: module.id,
      Name: module.name,
      Content: module.content,
      Description: module.description,
      State: module.state,
      Status: module.status,
      Tags: module.tags,
      FlowModuleContentSha256: sha256(module.content),
      Settings: module.settings,
      ExternalInvocationConfiguration:
        module.externalInvocationEnabled === undefined
          ? undefined
          : { Enabled: module.externalInvocationEnabled },
    },
  };
}

/**
 * `DeleteContactFlowModule`: removes the module; its name is free again.
 * @example
 * ```ts
 * import { deleteContactFlowModule } from './module-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * deleteContactFlowModule(context); // {}
 * ```
 */
export function deleteContactFlowModule(context: OperationContext): Record<string, unknown> {
  const { instance, module } = moduleOf(context);
  instance.deleteModule(module.id);
  return {};
}

/**
 * `ListContactFlowModules`, filtered by `state` when given.
 * @example
 * ```ts
 * import { listContactFlowModules } from './module-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listContactFlowModules(context).ContactFlowModulesSummaryList;
 * ```
 */
export function listContactFlowModules(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const stateFilter = queryValue(context, 'state');
  const state =
    stateFilter === undefined
      ? undefined
      : enumValue('contactFlowModuleState', stateFilter, ['ACTIVE', 'ARCHIVED'] as const);
  const modules = instance
    .modules()
    .filter((module) => state === undefined || module.state === state);
  const page = pageOf(context, instance, modules, 1000, 'ListContactFlowModules', state ?? '');
  return {
    ContactFlowModulesSummaryList: page.items.map((module) => ({
      Id: module.id,
      Arn: module.arn,
      Name: module.name,
      State: module.state,
    })),
    NextToken: page.nextToken,
  };
}

// Tokens already used per instance, for the idempotency of CreateContactFlowModule.
const createdWith = new WeakMap<EmulatedInstance, Map<string, ModuleRecord>>();

function checkModule(content: string, settings: string | undefined): void {
  const problems: Problem[] = [...contentLengthProblems(content)];
  if (problems.length === 0) problems.push(...flowContentProblems(content));
  if (settings !== undefined && !isJsonObject(settings))
    problems.push({ message: 'Settings is not a valid JSON object.' });
  if (problems.length > 0) throw invalidContactFlowModule(problems);
}

function moduleOf(context: OperationContext): { instance: EmulatedInstance; module: ModuleRecord } {
  const instance = instanceOf(context);
  const reference = context.request.params['ContactFlowModuleId'] ?? '';
  const module = instance.findModule(reference);
  if (module === undefined) throw resourceNotFound(`Flow module not found: ${reference}`);
  return { instance, module };
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
