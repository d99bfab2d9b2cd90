import type { ChannelMatrix, ChannelSupport } from '../channels.js';

const unknown: ChannelSupport = { support: 'unknown' };

/**
 * For observed action types whose console block has no channel table in any source: every channel
 * is `unknown`, so channel rules stay silent instead of guessing.
 */
export const channelsNotDocumented: ChannelMatrix = {
  VOICE: unknown,
  CHAT: unknown,
  TASK: unknown,
  EMAIL: unknown,
};

/** Where the third-party list of observed type strings lives (reference section 2.5). */
export const observedTypesSource =
  'https://github.com/aws-samples/sample-aicc-builder-for-amazon-connect-ai-agent/blob/main/knowledge-base-docs/contact-flow/_VERIFIED-block-type-reference.md';

/** A console export of one block of every type, saved from the designer (third-party). */
export const allBlocksExportSource =
  'https://github.com/aws-samples/sample-aicc-builder-for-amazon-connect-ai-agent/blob/main/knowledge-base-docs/contact-flow/_reference-console-export-all-blocks.json';
