import { getCustomerInput as spec } from '../catalog/blocks/get-customer-input.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput, ReferenceInput, TextInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import { encodeMessage, type MessageOptions } from './shared-message.js';

/** Keypad input: the prompt, then up to `timeoutSeconds` for the first key. */
export type DtmfInputOptions = MessageOptions & {
  readonly lexBot?: never;
  /** Seconds to wait for the first key, 1 to 179. */
  readonly timeoutSeconds: NumberInput;
  /** Keys that end input early, up to five of `0-9 * #`. */
  readonly terminatingKeys?: string;
  /** Seconds allowed between keys. */
  readonly interdigitTimeoutSeconds?: number;
};

/** An Amazon Lex V2 bot: the prompt opens the conversation and intents become branches. */
export type LexInputOptions = Partial<MessageOptions> & {
  /** The Amazon Lex V2 bot alias to talk to. */
  readonly lexBot: ReferenceInput<'lexBot'>;
  /** Session attributes passed to the bot (`x-amz-lex:...` settings, or your own). */
  readonly sessionAttributes?: Readonly<Record<string, TextInput>>;
  /** Chat only: minutes of customer inactivity before the Timeout branch. */
  readonly chatTimeoutMinutes?: number;
  readonly timeoutSeconds?: never;
};

/** Options of {@link getCustomerInput}: keypad input, or an Amazon Lex bot when `lexBot` is given. */
export type GetCustomerInputOptions = DtmfInputOptions | LexInputOptions;

/**
 * Get customer input: plays a prompt and branches on the key pressed (`.when('1', ...)`) or on the
 * intent an Amazon Lex bot recognised (`.when('CheckBalance', ...)`).
 *
 * @example
 * ```ts
 * import { disconnect, getCustomerInput, lexBot } from '@contactflow/dsl';
 * const bye = disconnect();
 * const menu = getCustomerInput({ text: 'For sales press 1.', timeoutSeconds: 5 });
 * menu.when('1', bye).onTimeout(menu).otherwise(menu).onError(bye);
 * getCustomerInput({ lexBot: lexBot('Helpdesk'), text: 'How can I help?' })
 *   .when('CheckBalance', bye)
 *   .otherwise(bye)
 *   .onError(bye);
 * ```
 */
export const getCustomerInput = defineBlockBuilder(
  spec,
  (options: GetCustomerInputOptions, context) => {
    if (options.lexBot !== undefined) {
      const lex = options as LexInputOptions;
      const parameters: Record<string, ParameterTemplate[string]> = {
        ...encodeMessage(lex, context),
        LexV2Bot: { AliasArn: context.reference(lex.lexBot, 'lexBot', 'lexBot') },
      };
      if (lex.sessionAttributes !== undefined) {
        parameters['LexSessionAttributes'] = Object.fromEntries(
          Object.entries(lex.sessionAttributes).map(([k, v]) => [k, context.text(v, k)]),
        );
      }
      if (lex.chatTimeoutMinutes !== undefined) {
        parameters['LexTimeoutSeconds'] = {
          Text: context.integer(lex.chatTimeoutMinutes * 60, 'chatTimeoutMinutes'),
        };
      }
      return { mode: 'lex', parameters };
    }
    const dtmf = options as DtmfInputOptions;
    const parameters: Record<string, ParameterTemplate[string]> = {
      ...encodeMessage(dtmf, context),
      InputTimeLimitSeconds: context.integer(dtmf.timeoutSeconds, 'timeoutSeconds'),
    };
    if (dtmf.terminatingKeys !== undefined || dtmf.interdigitTimeoutSeconds !== undefined) {
      parameters['DTMFConfiguration'] = {
        ...(dtmf.terminatingKeys === undefined
          ? {}
          : { InputTerminationSequence: dtmf.terminatingKeys }),
        ...(dtmf.interdigitTimeoutSeconds === undefined
          ? {}
          : {
              InterdigitTimeLimitSeconds: context.integer(
                dtmf.interdigitTimeoutSeconds,
                'interdigitTimeoutSeconds',
              ),
            }),
      };
    }
    return { mode: 'dtmf', parameters };
  },
);
