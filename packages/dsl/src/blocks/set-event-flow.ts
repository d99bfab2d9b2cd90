import { setEventFlow as spec } from '../catalog/blocks/set-event-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { EventHookKey } from '../catalog/blocks/shared-event-hooks.js';
import {
  encodeEventHook,
  type EventFlowInput,
  type EventHookOptions,
} from './shared-event-hooks.js';

/**
 * The contact events the block can attach a flow to, as the console lists them: "Default flow for
 * agent UI", "Disconnect flow for agent UI", "Flow at contact pause", "Flow at contact resume".
 */
export type ContactEvent = 'defaultAgentUI' | 'disconnectAgentUI' | 'pause' | 'resume';

/** Options of {@link setEventFlow}. */
export interface SetEventFlowOptions extends EventHookOptions {
  /** When the flow runs. */
  readonly event: ContactEvent;
  /** The flow to run on that event. */
  readonly flow: EventFlowInput;
}

const modes: Readonly<Record<ContactEvent, { mode: string; hook: EventHookKey }>> = {
  defaultAgentUI: { mode: 'default-agent-ui', hook: 'DefaultAgentUI' },
  disconnectAgentUI: { mode: 'disconnect-agent-ui', hook: 'DisconnectAgentUI' },
  pause: { mode: 'pause', hook: 'PauseContact' },
  resume: { mode: 'resume', hook: 'ResumeContact' },
};

/**
 * Set event flow: chooses the flow to run when the contact opens or closes in the agent workspace
 * (a step-by-step guide), or when it is paused or resumed.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, setEventFlow } from '@contactflow/dsl';
 * const bye = disconnect();
 * setEventFlow({ event: 'defaultAgentUI', flow: flowRef('Agent guide') })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const setEventFlow = defineBlockBuilder(spec, (options: SetEventFlowOptions, context) => {
  const chosen = modes[options.event];
  if (chosen === undefined) {
    context.problem(
      'invalid-option',
      `event takes one of ${Object.keys(modes).join(', ')}, not ${JSON.stringify(options.event)}.`,
    );
    return { parameters: {} };
  }
  return { mode: chosen.mode, parameters: encodeEventHook(chosen.hook, options, context) };
});
