import type { Decision } from '../decision.js';

/**
 * Facts shared by the contact actions (Cases, tags, tasks, modules, queue transfers) whose email
 * support comes from the current English channel table rather than the guide.
 */

/** The current English admin-guide table of channels per block; unlike the guide it has an Email column. */
export const channelTableUrl =
  'https://docs.aws.amazon.com/connect/latest/adminguide/block-support-by-channel.html';

/**
 * A designer export with one block of nearly every type (aws-samples, third-party): not importable
 * as is, but the best evidence of the parameter and error shapes the console writes.
 */
export const consoleAllBlocksExport =
  'https://github.com/aws-samples/sample-aicc-builder-for-amazon-connect-ai-agent/blob/main/knowledge-base-docs/contact-flow/_reference-console-export-all-blocks.json';

/** Why an entry states email support although the guide has no email column. */
export const emailFromChannelTable: Decision = {
  decision: 'Email support is taken from the current English channel table.',
  reason:
    'The Korean guide predates email contacts and says nothing; the English block pages and the ' +
    'per-block channel table now carry an Email row, which is the only source on the question.',
};
