import {
  createContactFlow,
  deleteContactFlow,
  describeContactFlow,
  listContactFlows,
  updateContactFlowContent,
  updateContactFlowMetadata,
} from './flow-operations.js';
import {
  listBots,
  listHoursOfOperations,
  listLambdaFunctions,
  listPhoneNumbersV2,
  listPrompts,
  listQueues,
  listQuickConnects,
  listTaskTemplates,
  listUsers,
  listViews,
} from './list-operations.js';
import {
  createContactFlowModule,
  deleteContactFlowModule,
  describeContactFlowModule,
  listContactFlowModules,
  updateContactFlowModuleContent,
} from './module-operations.js';
import type { OperationHandler } from './operation-context.js';

/** The Amazon Connect operations the emulator serves. */
export type OperationName =
  | 'CreateContactFlow'
  | 'UpdateContactFlowContent'
  | 'UpdateContactFlowMetadata'
  | 'DescribeContactFlow'
  | 'DeleteContactFlow'
  | 'ListContactFlows'
  | 'CreateContactFlowModule'
  | 'UpdateContactFlowModuleContent'
  | 'DescribeContactFlowModule'
  | 'DeleteContactFlowModule'
  | 'ListContactFlowModules'
  | 'ListQueues'
  | 'ListPrompts'
  | 'ListHoursOfOperations'
  | 'ListLambdaFunctions'
  | 'ListBots'
  | 'ListPhoneNumbersV2'
  | 'ListUsers'
  | 'ListQuickConnects'
  | 'ListViews'
  | 'ListTaskTemplates';

/** How one operation is reached over HTTP, as the service model binds it. */
export interface Route {
  readonly operation: OperationName;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** The path template, labels in braces. */
  readonly path: string;
  /** Whether the operation changes the instance (what a no-op re-deploy must not call). */
  readonly write: boolean;
  readonly handle: OperationHandler;
}

/** Every route, with the method and path template of the service model. */
export const routes: readonly Route[] = [
  route('CreateContactFlow', 'PUT', '/contact-flows/{InstanceId}', true, createContactFlow),
  route(
    'UpdateContactFlowContent',
    'POST',
    '/contact-flows/{InstanceId}/{ContactFlowId}/content',
    true,
    updateContactFlowContent,
  ),
  route(
    'UpdateContactFlowMetadata',
    'POST',
    '/contact-flows/{InstanceId}/{ContactFlowId}/metadata',
    true,
    updateContactFlowMetadata,
  ),
  route(
    'DescribeContactFlow',
    'GET',
    '/contact-flows/{InstanceId}/{ContactFlowId}',
    false,
    describeContactFlow,
  ),
  route(
    'DeleteContactFlow',
    'DELETE',
    '/contact-flows/{InstanceId}/{ContactFlowId}',
    true,
    deleteContactFlow,
  ),
  route('ListContactFlows', 'GET', '/contact-flows-summary/{InstanceId}', false, listContactFlows),
  route(
    'CreateContactFlowModule',
    'PUT',
    '/contact-flow-modules/{InstanceId}',
    true,
    createContactFlowModule,
  ),
  route(
    'UpdateContactFlowModuleContent',
    'POST',
    '/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}/content',
    true,
    updateContactFlowModuleContent,
  ),
  route(
    'DescribeContactFlowModule',
    'GET',
    '/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}',
    false,
    describeContactFlowModule,
  ),
  route(
    'DeleteContactFlowModule',
    'DELETE',
    '/contact-flow-modules/{InstanceId}/{ContactFlowModuleId}',
    true,
    deleteContactFlowModule,
  ),
  route(
    'ListContactFlowModules',
    'GET',
    '/contact-flow-modules-summary/{InstanceId}',
    false,
    listContactFlowModules,
  ),
  route('ListQueues', 'GET', '/queues-summary/{InstanceId}', false, listQueues),
  route('ListPrompts', 'GET', '/prompts-summary/{InstanceId}', false, listPrompts),
  route(
    'ListHoursOfOperations',
    'GET',
    '/hours-of-operations-summary/{InstanceId}',
    false,
    listHoursOfOperations,
  ),
  route(
    'ListLambdaFunctions',
    'GET',
    '/instance/{InstanceId}/lambda-functions',
    false,
    listLambdaFunctions,
  ),
  route('ListBots', 'GET', '/instance/{InstanceId}/bots', false, listBots),
  route('ListPhoneNumbersV2', 'POST', '/phone-number/list', false, listPhoneNumbersV2),
  route('ListUsers', 'GET', '/users-summary/{InstanceId}', false, listUsers),
  route('ListQuickConnects', 'GET', '/quick-connects/{InstanceId}', false, listQuickConnects),
  route('ListViews', 'GET', '/views/{InstanceId}', false, listViews),
  route(
    'ListTaskTemplates',
    'GET',
    '/instance/{InstanceId}/task/template',
    false,
    listTaskTemplates,
  ),
];

/** A route that matched a request, with its path labels decoded. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The route of a request, if any. Labels are matched segment by segment before decoding, so an
 * ARN (with encoded `/` and `:`) can stand for an id.
 * @example
 * ```ts
 * import { matchRoute } from './routes.js';
 * matchRoute('GET', '/contact-flows/i-1/f-1%3A%24SAVED')?.params;
 * // { InstanceId: 'i-1', ContactFlowId: 'f-1:$SAVED' }
 * ```
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const template = candidate.path.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith('{')) {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
        return segment !== '';
      }
      return part === segment;
    });
    if (matches) return { route: candidate, params };
  }
  return undefined;
}

function route(
  operation: OperationName,
  method: Route['method'],
  path: string,
  write: boolean,
  handle: OperationHandler,
): Route {
  return { operation, method, path, write, handle };
}
