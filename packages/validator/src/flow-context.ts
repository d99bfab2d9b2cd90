import {
  channels as allChannels,
  designerFlowTypeTokens,
  flowTypes,
  type Channel,
  type FlowType,
} from '@contactflow/dsl/catalog';

/** What the validator is told, or finds out, about where a flow runs. */
export interface FlowContext {
  /** The flow type, when the options, the document or the configuration say it. */
  readonly flowType: FlowType | undefined;
  /** Where the flow type came from. */
  readonly flowTypeSource: 'option' | 'metadata' | 'default' | undefined;
  /** The channels the flow serves, when declared; every channel otherwise. */
  readonly channels: readonly Channel[];
  readonly channelsDeclared: boolean;
}

/** Options that say where a flow runs. */
export interface FlowContextOptions {
  /** The flow type (`CONTACT_FLOW`, `CUSTOMER_QUEUE`, ..., or `FLOW_MODULE`); wins over the document. */
  readonly flowType?: FlowType;
  /**
   * The flow type when neither `flowType` nor the document says one (a configuration's setting for
   * files of a kind): an export's own `Metadata.type` is more specific than a glob.
   */
  readonly defaultFlowType?: FlowType;
  /** The channels the flow serves. */
  readonly channels?: readonly Channel[];
}

function metadataFlowType(document: unknown): FlowType | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const metadata = (document as { Metadata?: unknown }).Metadata;
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const token = (metadata as { type?: unknown }).type;
  if (typeof token !== 'string') return undefined;
  return (
    designerFlowTypeTokens[token] ??
    (flowTypes.includes(token as FlowType) ? (token as FlowType) : undefined)
  );
}

/**
 * The flow type from the options, else from the designer's `Metadata.type`, else the default; the
 * channels from the options, else all of them.
 */
export function flowContextOf(document: unknown, options: FlowContextOptions): FlowContext {
  const fromMetadata = options.flowType === undefined ? metadataFlowType(document) : undefined;
  return {
    flowType: options.flowType ?? fromMetadata ?? options.defaultFlowType,
    flowTypeSource:
      options.flowType !== undefined
        ? 'option'
        : fromMetadata !== undefined
          ? 'metadata'
          : options.defaultFlowType !== undefined
            ? 'default'
            : undefined,
    channels: options.channels ?? allChannels,
    channelsDeclared: options.channels !== undefined,
  };
}
