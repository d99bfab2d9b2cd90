/**
 * The flow types of the Amazon Connect API (`ContactFlowType`), in the order the API lists them.
 *
 * @example
 * ```ts
 * import { contactFlowTypes } from '@contactflow/dsl/catalog';
 * contactFlowTypes.includes('CUSTOMER_QUEUE'); // true
 * ```
 */
export const contactFlowTypes = [
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'CAMPAIGN',
] as const;

/** A value of the API's `ContactFlowType` enum. */
export type ContactFlowType = (typeof contactFlowTypes)[number];

/**
 * Where an action may run: one of the ten flow types, or `FLOW_MODULE`.
 *
 * Modules are a separate API resource without a `ContactFlowType`; the catalog gives them a token of
 * their own so that "only inside modules" (the Return block) can be said in the same place as
 * "only in customer queue flows".
 */
export type FlowType = ContactFlowType | 'FLOW_MODULE';

/**
 * Every flow type token, modules last.
 *
 * @example
 * ```ts
 * import { flowTypes } from '@contactflow/dsl/catalog';
 * flowTypes.length; // 11
 * ```
 */
export const flowTypes: readonly FlowType[] = [...contactFlowTypes, 'FLOW_MODULE'];

/**
 * The console designer writes a camelCase token in `Metadata.type`; this maps it to the API enum.
 * Campaign flows have no designer token in the reference material.
 */
export const designerFlowTypeTokens: Readonly<Record<string, ContactFlowType>> = {
  contactFlow: 'CONTACT_FLOW',
  customerQueue: 'CUSTOMER_QUEUE',
  customerHold: 'CUSTOMER_HOLD',
  customerWhisper: 'CUSTOMER_WHISPER',
  outboundWhisper: 'OUTBOUND_WHISPER',
  agentHold: 'AGENT_HOLD',
  agentWhisper: 'AGENT_WHISPER',
  agentTransfer: 'AGENT_TRANSFER',
  queueTransfer: 'QUEUE_TRANSFER',
};

/** Shorthand for "every flow type, modules included". */
export const allFlowTypes: readonly FlowType[] = flowTypes;

/**
 * The flow types the guide lists, extended by one catalog-wide decision: campaign flows and flow
 * modules may use whatever inbound flows may use. Campaign flows are inbound-type flows run by
 * outbound campaigns, and modules run inside inbound flows; the guide lists neither separately.
 *
 * @example
 * ```ts
 * import { alsoInCampaignsAndModules } from '@contactflow/dsl/catalog';
 * alsoInCampaignsAndModules(['CONTACT_FLOW', 'CUSTOMER_QUEUE']);
 * // ['CONTACT_FLOW', 'CUSTOMER_QUEUE', 'CAMPAIGN', 'FLOW_MODULE']
 * ```
 */
export function alsoInCampaignsAndModules(types: readonly ContactFlowType[]): readonly FlowType[] {
  return types.includes('CONTACT_FLOW') ? [...types, 'CAMPAIGN', 'FLOW_MODULE'] : types;
}

/** The nine flow types the guide means by "all flows". */
export const guideFlowTypes: readonly ContactFlowType[] = contactFlowTypes.filter(
  (type) => type !== 'CAMPAIGN',
);
