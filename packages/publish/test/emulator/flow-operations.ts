import { contentLengthProblems, flowContentProblems } from './content-checks.js';
import {
  contactFlowNotPublished,
  duplicateResource,
  invalidContactFlow,
  resourceNotFound,
} from './errors.js';
import { sha256 } from './identifiers.js';
import { flowTypes, type EmulatedInstance, type FlowRecord } from './instance-state.js';
import {
  enumValue,
  epochSeconds,
  instanceOf,
  pageOf,
  optionalEnum,
  optionalString,
  queryValues,
  requiredString,
  tagsOf,
  type OperationContext,
} from './operation-context.js';

// The qualifier that addresses a flow's saved (unpublished) content.
const savedQualifier = ':$SAVED';

/**
 * `CreateContactFlow`: refuses a taken name (409) and, when the flow is published, content that
 * fails the structural checks (400 with `problems`). `Status` defaults to `PUBLISHED`, as flows
 * created without one are published (and validated) by the service.
 * @example
 * ```ts
 * import { createContactFlow } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * createContactFlow(context).ContactFlowId;
 * ```
 */
export function createContactFlow(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const name = requiredString(context, 'Name', 127);
  const type = enumValue('type', context.request.body['Type'], flowTypes);
  const content = requiredString(context, 'Content', Number.MAX_SAFE_INTEGER);
  const description = optionalString(context, 'Description', 500);
  const status = optionalEnum(context, 'Status', ['PUBLISHED', 'SAVED'] as const) ?? 'PUBLISHED';
  if (instance.flowNamed(name) !== undefined)
    throw duplicateResource(`A flow named ${name} already exists in the instance.`);
  checkContent(content, status);
  const flow = instance.createFlow({
    name,
    type,
    content,
    status,
    description,
    tags: tagsOf(context),
  });
  return { ContactFlowId: flow.id, ContactFlowArn: flow.arn, FlowContentSha256: sha256(content) };
}

/**
 * `UpdateContactFlowContent`: publishes the content (checking it first), or with the `:$SAVED`
 * qualifier on the flow id stores it as an unchecked draft.
 * @example
 * ```ts
 * import { updateContactFlowContent } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * updateContactFlowContent(context); // {}
 * ```
 */
export function updateContactFlowContent(context: OperationContext): Record<string, unknown> {
  const { instance, flow, saved } = flowOf(context);
  const content = requiredString(context, 'Content', Number.MAX_SAFE_INTEGER);
  const status = saved ? 'SAVED' : 'PUBLISHED';
  checkContent(content, status);
  instance.updateFlowContent(flow.id, content, status);
  return {};
}

/**
 * `UpdateContactFlowMetadata`: name (refused when another flow has it), description, state.
 * @example
 * ```ts
 * import { updateContactFlowMetadata } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * updateContactFlowMetadata(context); // {}
 * ```
 */
export function updateContactFlowMetadata(context: OperationContext): Record<string, unknown> {
  const { instance, flow } = flowOf(context);
  const name = optionalString(context, 'Name', 127);
  const description = optionalString(context, 'Description', 500);
  const state = optionalEnum(context, 'ContactFlowState', ['ACTIVE', 'ARCHIVED'] as const);
  const holder = name === undefined ? undefined : instance.flowNamed(name);
  if (holder !== undefined && holder.id !== flow.id)
    throw duplicateResource(`A flow named ${name} already exists in the instance.`);
  instance.updateFlowMetadata(flow.id, {
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    ...(state === undefined ? {} : { state }),
  });
  return {};
}

/**
 * `DescribeContactFlow`: the published content, or with `:$SAVED` the latest content (draft or
 * published). A flow that was never published is `ContactFlowNotPublishedException` without the
 * qualifier.
 * @example
 * ```ts
 * import { describeContactFlow } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * describeContactFlow(context).ContactFlow;
 * ```
 */
export function describeContactFlow(context: OperationContext): Record<string, unknown> {
  const { instance, flow, saved } = flowOf(context);
  const content = saved ? flow.content : flow.publishedContent;
  if (content === undefined) throw contactFlowNotPublished();
  return {
    ContactFlow: {
      Arn: flow.arn,
      Id: flow.id,
      Name: flow.name,
      Type: flow.type,
      State: flow.state,
      Status: saved ? flow.status : 'PUBLISHED',
      Description: flow.description,
      Content: content,
      Tags: flow.tags,
      FlowContentSha256: sha256(content),
      LastModifiedTime: epochSeconds(flow.lastModifiedTime),
      LastModifiedRegion: instance.region,
    },
  };
}

/**
 * `DeleteContactFlow`: removes the flow, so that its name is free and describing it is
 * `ResourceNotFoundException`. A qualified id (`:$SAVED`) names no flow to delete.
 * @example
 * ```ts
 * import { deleteContactFlow } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * deleteContactFlow(context); // {}
 * ```
 */
export function deleteContactFlow(context: OperationContext): Record<string, unknown> {
  const { instance, flow, saved } = flowOf(context);
  if (saved) throw resourceNotFound(`Flow not found: ${context.request.params['ContactFlowId']}`);
  instance.deleteFlow(flow.id);
  return {};
}

/**
 * `ListContactFlows`, filtered by `contactFlowTypes` when given.
 * @example
 * ```ts
 * import { listContactFlows } from './flow-operations.js';
 * import type { OperationContext } from './operation-context.js';
 * declare const context: OperationContext;
 * listContactFlows(context).ContactFlowSummaryList;
 * ```
 */
export function listContactFlows(context: OperationContext): Record<string, unknown> {
  const instance = instanceOf(context);
  const types = queryValues(context, 'contactFlowTypes').map((type) =>
    enumValue('contactFlowTypes', type, flowTypes),
  );
  const flows = instance.flows().filter((flow) => types.length === 0 || types.includes(flow.type));
  const page = pageOf(context, instance, flows, 1000, 'ListContactFlows', types.join(','));
  return {
    ContactFlowSummaryList: page.items.map((flow) => ({
      Id: flow.id,
      Arn: flow.arn,
      Name: flow.name,
      ContactFlowType: flow.type,
      ContactFlowState: flow.state,
      ContactFlowStatus: flow.status,
    })),
    NextToken: page.nextToken,
  };
}

function checkContent(content: string, status: 'PUBLISHED' | 'SAVED'): void {
  const tooLong = contentLengthProblems(content);
  if (tooLong.length > 0) throw invalidContactFlow(tooLong);
  if (status === 'SAVED') return;
  const problems = flowContentProblems(content);
  if (problems.length > 0) throw invalidContactFlow(problems);
}

function flowOf(context: OperationContext): {
  instance: EmulatedInstance;
  flow: FlowRecord;
  saved: boolean;
} {
  const instance = instanceOf(context);
  const reference = context.request.params['ContactFlowId'] ?? '';
  const saved = reference.endsWith(savedQualifier);
  const bare = saved ? reference.slice(0, -savedQualifier.length) : reference;
  const flow = instance.findFlow(bare);
  if (flow === undefined) throw resourceNotFound(`Flow not found: ${reference}`);
  return { instance, flow, saved };
}
