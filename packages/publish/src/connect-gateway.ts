import { randomUUID } from 'node:crypto';
import {
  ConnectClient,
  ContactFlowNotPublishedException,
  CreateContactFlowCommand,
  CreateContactFlowModuleCommand,
  DeleteContactFlowCommand,
  DeleteContactFlowModuleCommand,
  DescribeContactFlowCommand,
  DescribeContactFlowModuleCommand,
  UpdateContactFlowContentCommand,
  UpdateContactFlowModuleContentCommand,
  paginateListBots,
  paginateListContactFlowModules,
  paginateListContactFlows,
  paginateListHoursOfOperations,
  paginateListLambdaFunctions,
  paginateListPhoneNumbersV2,
  paginateListPrompts,
  paginateListQueues,
  paginateListQuickConnects,
  paginateListTaskTemplates,
  paginateListUsers,
  paginateListViews,
  type ProblemDetail,
} from '@aws-sdk/client-connect';
import { contactFlowTypes, type ContactFlowType, type ResourceKind } from '@contactflow/dsl';
import {
  ConnectServiceError,
  type ConnectGateway,
  type CreatedResource,
  type LiveContent,
  type LiveFlowSummary,
  type LiveModuleSummary,
  type LiveResource,
  type NewFlow,
  type NewModule,
  type PublishStatus,
} from './gateway.js';
import { lambdaFunctionName, lexBotName } from './resource-name.js';

/**
 * Which Amazon Connect instance to talk to, and how. Without `client`, one is made for `region`
 * (or the instance ARN's region, or the SDK's default) with the SDK's default credential chain;
 * the SDK also reads `AWS_ENDPOINT_URL_CONNECT` and `AWS_ENDPOINT_URL` from the environment.
 */
export interface ConnectTarget {
  /** The instance id, or its ARN. */
  readonly instanceId: string;
  /** A client configured by the caller: credentials, endpoint, retry strategy. */
  readonly client?: ConnectClient | undefined;
  readonly region?: string | undefined;
  /**
   * How many times the SDK tries a call before giving up; throttled calls are retried with the
   * SDK's backoff. 8 when left out. Ignored with `client`.
   */
  readonly maxAttempts?: number | undefined;
}

/** The region in an instance ARN (`arn:aws:connect:eu-west-2:111122223333:instance/...`). */
function regionOfArn(instanceId: string): string | undefined {
  const match = /^arn:[^:]+:connect:([^:]+):/.exec(instanceId);
  return match?.[1];
}

function problemsOf(error: object): string[] {
  const list =
    (error as { problems?: ProblemDetail[] }).problems ??
    (error as { Problems?: ProblemDetail[] }).Problems ??
    [];
  return list.flatMap((problem) => (typeof problem.message === 'string' ? [problem.message] : []));
}

/** Every failure leaves this module as a ConnectServiceError, so callers never see SDK types. */
function serviceError(error: unknown): ConnectServiceError {
  if (error instanceof ConnectServiceError) return error;
  if (typeof error === 'object' && error !== null) {
    const name = (error as { name?: unknown }).name;
    const message = (error as { message?: unknown }).message;
    return new ConnectServiceError(
      typeof name === 'string' ? name : 'Error',
      typeof message === 'string' && message !== '' ? message : String(name),
      problemsOf(error),
    );
  }
  return new ConnectServiceError('Error', String(error));
}

async function call<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw serviceError(error);
  }
}

async function collect<Page, Item>(
  pages: AsyncIterable<Page>,
  items: (page: Page) => readonly Item[] | undefined,
): Promise<Item[]> {
  const all: Item[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

function named(
  kind: ResourceKind,
  name: string | undefined,
  arn: string | undefined,
  id?: string | undefined,
): LiveResource[] {
  return name === undefined || arn === undefined ? [] : [{ kind, name, arn, id }];
}

function flowType(type: string | undefined): ContactFlowType {
  return (contactFlowTypes as readonly string[]).includes(type ?? '')
    ? (type as ContactFlowType)
    : 'CONTACT_FLOW';
}

/**
 * The {@link ConnectGateway} over the AWS SDK's `ConnectClient`: lists follow every page with the
 * SDK's paginators, throttled calls are retried by the SDK's retry strategy, and every refusal
 * becomes a `ConnectServiceError`. Credentials stay inside the client; nothing here prints them.
 *
 * @example
 * ```ts
 * import { createConnectGateway } from '@contactflow/publish';
 * const gateway = createConnectGateway({ instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', region: 'us-east-1' });
 * const flows = await gateway.listFlows();
 * ```
 */
export function createConnectGateway(target: ConnectTarget): ConnectGateway {
  const region = target.region ?? regionOfArn(target.instanceId);
  const client =
    target.client ??
    new ConnectClient({
      ...(region !== undefined && { region }),
      maxAttempts: target.maxAttempts ?? 8,
    });
  const InstanceId = target.instanceId;
  const pager = { client };

  const listResources = (kind: ResourceKind): Promise<LiveResource[]> =>
    call(async () => {
      switch (kind) {
        case 'queue':
          return collect(
            paginateListQueues(pager, { InstanceId, QueueTypes: ['STANDARD'] }),
            (page) => page.QueueSummaryList?.flatMap((q) => named(kind, q.Name, q.Arn, q.Id)),
          );
        case 'prompt':
          return collect(paginateListPrompts(pager, { InstanceId }), (page) =>
            page.PromptSummaryList?.flatMap((p) => named(kind, p.Name, p.Arn, p.Id)),
          );
        case 'hoursOfOperation':
          return collect(paginateListHoursOfOperations(pager, { InstanceId }), (page) =>
            page.HoursOfOperationSummaryList?.flatMap((h) => named(kind, h.Name, h.Arn, h.Id)),
          );
        case 'lambdaFunction':
          return collect(paginateListLambdaFunctions(pager, { InstanceId }), (page) =>
            page.LambdaFunctions?.flatMap((arn) => named(kind, lambdaFunctionName(arn), arn)),
          );
        case 'lexBot':
          return collect(paginateListBots(pager, { InstanceId, LexVersion: 'V2' }), (page) =>
            page.LexBots?.flatMap((bot) => {
              const arn = bot.LexV2Bot?.AliasArn;
              return arn === undefined ? [] : named(kind, lexBotName(arn), arn);
            }),
          );
        case 'flow':
          return (await listFlows()).map((f) => ({ kind, name: f.name, arn: f.arn, id: f.id }));
        case 'flowModule':
          return (await listModules()).map((m) => ({ kind, name: m.name, arn: m.arn, id: m.id }));
        case 'phoneNumber':
          return collect(paginateListPhoneNumbersV2(pager, { InstanceId }), (page) =>
            page.ListPhoneNumbersSummaryList?.flatMap((n) =>
              named(kind, n.PhoneNumber, n.PhoneNumberArn, n.PhoneNumberId),
            ),
          );
        case 'quickConnect':
          return collect(paginateListQuickConnects(pager, { InstanceId }), (page) =>
            page.QuickConnectSummaryList?.flatMap((q) => named(kind, q.Name, q.Arn, q.Id)),
          );
        case 'agent':
          return collect(paginateListUsers(pager, { InstanceId }), (page) =>
            page.UserSummaryList?.flatMap((u) => named(kind, u.Username, u.Arn, u.Id)),
          );
        case 'view':
          return collect(paginateListViews(pager, { InstanceId }), (page) =>
            page.ViewsSummaryList?.flatMap((v) => named(kind, v.Name, v.Arn, v.Id)),
          );
        case 'taskTemplate':
          return collect(paginateListTaskTemplates(pager, { InstanceId }), (page) =>
            page.TaskTemplates?.flatMap((t) => named(kind, t.Name, t.Arn, t.Id)),
          );
      }
    });

  const listFlows = (): Promise<LiveFlowSummary[]> =>
    call(() =>
      collect(paginateListContactFlows(pager, { InstanceId }), (page) =>
        page.ContactFlowSummaryList?.flatMap((f) =>
          f.Id === undefined || f.Arn === undefined || f.Name === undefined
            ? []
            : [
                {
                  id: f.Id,
                  arn: f.Arn,
                  name: f.Name,
                  type: flowType(f.ContactFlowType),
                  state: f.ContactFlowState,
                },
              ],
        ),
      ),
    );

  const listModules = (): Promise<LiveModuleSummary[]> =>
    call(() =>
      collect(paginateListContactFlowModules(pager, { InstanceId }), (page) =>
        page.ContactFlowModulesSummaryList?.flatMap((m) =>
          m.Id === undefined || m.Arn === undefined || m.Name === undefined
            ? []
            : [{ id: m.Id, arn: m.Arn, name: m.Name, state: m.State }],
        ),
      ),
    );

  const describeFlowAt = async (ContactFlowId: string): Promise<LiveContent> => {
    const { ContactFlow: flow } = await client.send(
      new DescribeContactFlowCommand({ InstanceId, ContactFlowId }),
    );
    return {
      id: flow?.Id ?? ContactFlowId,
      arn: flow?.Arn ?? '',
      name: flow?.Name ?? '',
      description: flow?.Description,
      content: flow?.Content ?? '',
      type: flowType(flow?.Type),
      status: flow?.Status,
      state: flow?.State,
    };
  };

  return {
    instanceId: InstanceId,
    region: async () => {
      try {
        return await client.config.region();
      } catch {
        return undefined;
      }
    },
    listFlows,
    listModules,
    listResources,
    describeFlow: (id) =>
      call(async () => {
        try {
          return await describeFlowAt(id);
        } catch (error) {
          // A flow that was only ever saved has no published content to describe.
          if (!(error instanceof ContactFlowNotPublishedException)) throw error;
          return { ...(await describeFlowAt(`${id}:$SAVED`)), id };
        }
      }),
    describeModule: (id) =>
      call(async () => {
        const { ContactFlowModule: module } = await client.send(
          new DescribeContactFlowModuleCommand({ InstanceId, ContactFlowModuleId: id }),
        );
        return {
          id: module?.Id ?? id,
          arn: module?.Arn ?? '',
          name: module?.Name ?? '',
          description: module?.Description,
          content: module?.Content ?? '',
          settings: module?.Settings,
          status: module?.Status,
          state: module?.State,
        };
      }),
    createFlow: (flow: NewFlow) =>
      call(async (): Promise<CreatedResource> => {
        const created = await client.send(
          new CreateContactFlowCommand({
            InstanceId,
            Name: flow.name,
            Type: flow.type,
            Content: flow.content,
            Status: flow.status,
            ...(flow.description !== undefined && { Description: flow.description }),
          }),
        );
        return { id: created.ContactFlowId ?? '', arn: created.ContactFlowArn ?? '' };
      }),
    updateFlowContent: (id: string, content: string, status: PublishStatus) =>
      call(async () => {
        // The API takes no status on update: saved content is addressed with the `$SAVED` alias.
        const ContactFlowId = status === 'SAVED' ? `${id}:$SAVED` : id;
        await client.send(
          new UpdateContactFlowContentCommand({ InstanceId, ContactFlowId, Content: content }),
        );
      }),
    createModule: (module: NewModule) =>
      call(async (): Promise<CreatedResource> => {
        const created = await client.send(
          new CreateContactFlowModuleCommand({
            InstanceId,
            Name: module.name,
            Content: module.content,
            // The token makes a retried create (after a lost response) the same create.
            ClientToken: randomUUID(),
            ...(module.settings !== undefined && { Settings: module.settings }),
            ...(module.description !== undefined && { Description: module.description }),
          }),
        );
        return { id: created.Id ?? '', arn: created.Arn ?? '' };
      }),
    updateModuleContent: (id: string, content: string, settings: string | undefined) =>
      call(async () => {
        await client.send(
          new UpdateContactFlowModuleContentCommand({
            InstanceId,
            ContactFlowModuleId: id,
            Content: content,
            ...(settings !== undefined && { Settings: settings }),
          }),
        );
      }),
    deleteFlow: (id: string) =>
      call(async () => {
        await client.send(new DeleteContactFlowCommand({ InstanceId, ContactFlowId: id }));
      }),
    deleteModule: (id: string) =>
      call(async () => {
        await client.send(
          new DeleteContactFlowModuleCommand({ InstanceId, ContactFlowModuleId: id }),
        );
      }),
  };
}
