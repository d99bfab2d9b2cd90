import type { BlockVariant } from '../block-spec.js';

/** The `EventHooks` keys of UpdateContactEventHooks that console blocks write. */
export type EventHookKey =
  | 'AgentHold'
  | 'AgentWhisper'
  | 'CustomerHold'
  | 'CustomerQueue'
  | 'CustomerRemaining'
  | 'CustomerWhisper'
  | 'DefaultAgentUI'
  | 'DisconnectAgentUI'
  | 'PauseContact'
  | 'ResumeContact';

/**
 * A variant of one of the "Set ... flow" blocks. They all compile to UpdateContactEventHooks with a
 * single `EventHooks` entry, so the key is the only thing that tells the blocks apart on import.
 */
export function eventHookVariant(
  mode: string,
  hook: EventHookKey,
  description: string,
): BlockVariant {
  return {
    mode,
    actionType: 'UpdateContactEventHooks',
    match: [{ parameter: `EventHooks.${hook}`, present: true }],
    description,
  };
}
