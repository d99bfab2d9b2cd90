/** The contact channels of Amazon Connect. */
export const channels = ['VOICE', 'CHAT', 'TASK', 'EMAIL'] as const;

/** A contact channel. */
export type Channel = (typeof channels)[number];

/**
 * How an action or block behaves on one channel.
 *
 * - `yes`: supported.
 * - `no`: not supported; `onUnsupported` names the branch the contact takes instead, when known.
 * - `conditional`: supported only in some configurations (`note` says which).
 * - `unknown`: the sources say nothing (email, for most blocks); rules that depend on channels
 *   stay silent rather than guess.
 */
export interface ChannelSupport {
  readonly support: 'yes' | 'no' | 'conditional' | 'unknown';
  /** The branch a contact on an unsupported channel takes, as the console names it ("Error"). */
  readonly onUnsupported?: string;
  readonly note?: string;
}

/** Support on every channel. */
export type ChannelMatrix = Readonly<Record<Channel, ChannelSupport>>;

const yes: ChannelSupport = { support: 'yes' };
const unknown: ChannelSupport = { support: 'unknown' };

/**
 * Builds a channel matrix from the supported channels; the rest are `no` with the given branch.
 * Email is `unknown` unless listed, because the reference guide predates email contacts.
 *
 * @example
 * ```ts
 * import { supportedOn } from '@contactflow/dsl/catalog';
 * const voiceOnly = supportedOn(['VOICE'], { onUnsupported: 'Error' });
 * voiceOnly.CHAT; // { support: 'no', onUnsupported: 'Error' }
 * ```
 */
export function supportedOn(
  supported: readonly Channel[],
  options: { onUnsupported?: string; email?: ChannelSupport } = {},
): ChannelMatrix {
  const no: ChannelSupport =
    options.onUnsupported === undefined
      ? { support: 'no' }
      : { support: 'no', onUnsupported: options.onUnsupported };
  const pick = (channel: Channel): ChannelSupport => (supported.includes(channel) ? yes : no);
  return {
    VOICE: pick('VOICE'),
    CHAT: pick('CHAT'),
    TASK: pick('TASK'),
    EMAIL: supported.includes('EMAIL') ? yes : (options.email ?? unknown),
  };
}

/** Voice, chat and task supported; email not documented. */
export const allDocumentedChannels: ChannelMatrix = supportedOn(['VOICE', 'CHAT', 'TASK']);
