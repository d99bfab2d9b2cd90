import type { ChannelMatrix, ChannelSupport } from '../channels.js';
import { supportedOn } from '../channels.js';
import type { Decision } from '../decision.js';

/** The current English table of block support per channel, the only source with an Email column. */
export const blockChannelTableUrl =
  'https://docs.aws.amazon.com/connect/latest/adminguide/block-support-by-channel.html';

/** Voice, chat, task and email all supported. */
export const voiceChatTaskEmail: ChannelMatrix = supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']);

/** Email listed as "No - Error branch". */
export const emailTakesError: ChannelSupport = { support: 'no', onUnsupported: 'Error' };

/** Why a block entry states email support although the guide has no email column. */
export const emailFromBlockChannelTable: Decision = {
  decision: 'Email support follows the current English channel table.',
  reason:
    'The Korean guide predates email contacts and its channel tables stop at task; the English ' +
    'block-support-by-channel page and the English block pages now carry an Email row, the only ' +
    'source on the question.',
};
