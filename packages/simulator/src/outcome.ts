/** How a simulated run ended. */
export type Outcome =
  /** A Disconnect / hang up block ran. */
  | { readonly kind: 'disconnected' }
  /** Transfer to queue placed the contact in this queue (its logical name, or the ARN the document names). */
  | { readonly kind: 'queue'; readonly queue: string }
  /** Transfer to agent, or a queue-to-agent transfer, handed the contact to an agent. */
  | { readonly kind: 'agent'; readonly agent?: string }
  /** Transfer to phone number handed the call to this number and the flow did not resume. */
  | { readonly kind: 'phone-number'; readonly number: string }
  /** Transfer to flow handed the contact to a flow the scenario does not give. */
  | { readonly kind: 'flow'; readonly flow: string }
  /** End flow / Resume ended the flow without disconnecting (whisper, queue and hold flows). */
  | { readonly kind: 'ended' }
  /** A module simulated on its own returned (Return block). */
  | { readonly kind: 'returned' }
  /**
   * The flow waits: for the customer, who has no input left in the scenario (`input`), or for
   * something outside the flow such as an agent answering while prompts loop (`event`).
   */
  | { readonly kind: 'waiting'; readonly for: 'input' | 'event'; readonly action: string }
  /** The scenario's step limit was reached, usually a loop that never exits. */
  | { readonly kind: 'step-limit'; readonly steps: number }
  /**
   * The branch taken leads nowhere: it is not connected, or names an action the document lacks
   * (`target`). Amazon Connect ends the contact there; the simulator reports it as a defect.
   */
  | {
      readonly kind: 'unconnected';
      readonly action: string;
      readonly branch: string;
      readonly target?: string;
    };

/** The kinds of outcome. */
export type OutcomeKind = Outcome['kind'];

/**
 * The outcome as one short phrase, for messages and reports.
 *
 * @example
 * ```ts
 * import { describeOutcome } from '@contactflow/simulator';
 * describeOutcome({ kind: 'queue', queue: 'Sales' }); // 'transferred to queue Sales'
 * ```
 */
export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'disconnected':
      return 'disconnected';
    case 'queue':
      return `transferred to queue ${outcome.queue}`;
    case 'agent':
      return outcome.agent === undefined
        ? 'transferred to an agent'
        : `transferred to agent ${outcome.agent}`;
    case 'phone-number':
      return `transferred to ${outcome.number}`;
    case 'flow':
      return `transferred to flow ${outcome.flow}`;
    case 'ended':
      return 'flow ended';
    case 'returned':
      return 'module returned';
    case 'waiting':
      return outcome.for === 'input'
        ? `waiting for input at ${outcome.action}`
        : `waiting at ${outcome.action}`;
    case 'step-limit':
      return `stopped after ${outcome.steps} steps`;
    case 'unconnected':
      return outcome.target === undefined
        ? `${outcome.branch} of ${outcome.action} is not connected`
        : `${outcome.branch} of ${outcome.action} leads to missing action ${outcome.target}`;
  }
}
