import { holdCustomerOrAgent as spec } from '../catalog/blocks/hold-customer-or-agent.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Who is on hold afterwards; `conferenceAll` takes both parties off hold. */
export type HoldState = 'agentOnHold' | 'customerOnHold' | 'conferenceAll';

/** Options of {@link holdParticipant}. */
export interface HoldParticipantOptions {
  readonly state: HoldState;
}

const modes: Readonly<Record<HoldState, string>> = {
  agentOnHold: 'agent-on-hold',
  customerOnHold: 'customer-on-hold',
  conferenceAll: 'conference-all',
};

/**
 * Hold customer or agent: puts the agent or the customer on hold, or brings both back, for
 * example while the customer keys in card details the agent must not hear.
 *
 * @example
 * ```ts
 * import { disconnect, holdParticipant } from '@contactflow/dsl';
 * const bye = disconnect();
 * holdParticipant({ state: 'agentOnHold' }).then(bye).onError(bye);
 * ```
 */
export const holdParticipant = defineBlockBuilder(
  spec,
  (options: HoldParticipantOptions, context) => {
    const mode = modes[options.state];
    if (mode === undefined) {
      context.problem(
        'invalid-option',
        `state takes agentOnHold, customerOnHold or conferenceAll, not ${JSON.stringify(options.state)}.`,
      );
    }
    // The mode's preset writes PreviousContactParticipantState.
    return { mode: mode ?? 'agent-on-hold', parameters: {} };
  },
);
