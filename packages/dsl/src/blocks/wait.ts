import { wait as spec } from '../catalog/blocks/wait.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

interface WaitTimeLimit {
  /** Seconds before Time expired, up to 604800 (7 days), or a dynamic value in seconds. */
  readonly timeoutSeconds: NumberInput;
}

/** Wait for the customer (participant type Default). */
export type WaitForCustomerOptions = WaitTimeLimit & {
  readonly participant?: 'customer';
  /**
   * Add the Customer returned branch, taken when the customer comes back and sends a message.
   * Connect it with `.onCustomerReturned(...)`.
   */
  readonly customerReturned?: boolean;
  readonly keepRunning?: false;
  readonly minimumWaitSeconds?: never;
};

/** Wait for a custom participant such as a third-party bot (participant type Bot). */
export type WaitForBotOptions = WaitTimeLimit & {
  readonly participant: 'bot';
  readonly customerReturned?: never;
  readonly keepRunning?: never;
  readonly minimumWaitSeconds?: never;
};

/**
 * "Keep running while waiting": the flow goes on along Continue after `minimumWaitSeconds`, and the
 * wait still ends through Time expired. On voice only this form works, in inbound flows.
 */
export type WaitKeepRunningOptions = WaitTimeLimit & {
  readonly participant?: 'customer';
  readonly keepRunning: true;
  /** Seconds before the Continue branch is taken, or a dynamic value. */
  readonly minimumWaitSeconds: NumberInput;
  readonly customerReturned?: never;
};

/** Options of {@link wait}: wait for the customer (the default), for a bot, or keep running. */
export type WaitOptions = WaitForCustomerOptions | WaitForBotOptions | WaitKeepRunningOptions;

/**
 * Wait: pauses the flow until the time runs out or an event happens: the chat customer returns,
 * or a bot participant leaves.
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, wait } from '@contactflow/dsl';
 * const bye = disconnect();
 * const welcomeBack = playPrompt({ text: 'Welcome back!' }).then(bye).onError(bye);
 * wait({ timeoutSeconds: 900, customerReturned: true })
 *   .onCustomerReturned(welcomeBack)
 *   .onTimeout(bye)
 *   .onError(bye);
 * ```
 */
export const wait = defineBlockBuilder(spec, (options: WaitOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {
    TimeLimitSeconds: context.integer(options.timeoutSeconds, 'timeoutSeconds'),
  };
  if (options.participant === 'bot') {
    if ((options as { keepRunning?: boolean }).keepRunning === true) {
      context.problem('invalid-option', 'keepRunning waits for the customer, not for a bot.');
    }
    parameters['Events'] = ['BotParticipantDisconnected'];
    return { mode: 'bot', parameters };
  }
  if (options.keepRunning === true) {
    if ((options as { customerReturned?: boolean }).customerReturned === true) {
      context.problem(
        'invalid-option',
        'keepRunning has no Customer returned branch; give one of keepRunning and customerReturned.',
      );
    }
    parameters['MinimumWaitTimeSeconds'] = context.integer(
      options.minimumWaitSeconds,
      'minimumWaitSeconds',
    );
    return { mode: 'keep-running', parameters };
  }
  if (options.customerReturned === true) parameters['Events'] = ['CustomerReturned'];
  return { mode: 'customer', parameters };
});
