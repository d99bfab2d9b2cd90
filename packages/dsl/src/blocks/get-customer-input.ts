import { getCustomerInput as spec } from '../catalog/blocks/get-customer-input.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { NumberInput, ReferenceInput, TextInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import {
  encodeMessage,
  encodeTextTypeHint,
  type MessageOptions,
  type TextTypeHintOption,
} from './shared-message.js';

/** Keypad input: the prompt, then up to `timeoutSeconds` for the first key. */
export type DtmfInputOptions = MessageOptions &
  TextTypeHintOption & {
    readonly lexBot?: never;
    readonly classicLexBot?: never;
    /** Seconds to wait for the first key, 1 to 179. */
    readonly timeoutSeconds: NumberInput;
    /** Keys that end input early, up to five of `0-9 * #`. */
    readonly terminatingKeys?: string;
    /** Seconds allowed between keys. */
    readonly interdigitTimeoutSeconds?: number;
    /**
     * `false` (the default) writes `StoreInput` "False", as the console does for a menu; `null`
     * writes no `StoreInput`, as some documents not saved by the console do; the service then
     * branches on the key all the same.
     */
    readonly storeInput?: false | null;
  };

/** An Amazon Lex (Classic) bot, by name, Region and alias; each may be a dynamic value. */
export interface ClassicLexBot {
  readonly name: TextInput;
  /** The bot's AWS Region, `us-east-1`. */
  readonly region: TextInput;
  /** The bot alias, `$LATEST` or your own. */
  readonly alias: TextInput;
}

/** The bot of {@link LexInputOptions}: an Amazon Lex V2 bot alias, or a classic bot. */
export type LexBotChoice =
  | {
      /** The Amazon Lex V2 bot alias to talk to. */
      readonly lexBot: ReferenceInput<'lexBot'>;
      readonly classicLexBot?: never;
    }
  | {
      /**
       * An Amazon Lex (Classic) bot, as flows written before Lex V2 name it: written as `LexBot`
       * `{ Name, Region, Alias }` instead of `LexV2Bot`.
       */
      readonly classicLexBot: ClassicLexBot;
      readonly lexBot?: never;
    };

/** An Amazon Lex bot: the prompt opens the conversation and intents become branches. */
export type LexInputOptions = Partial<MessageOptions> &
  TextTypeHintOption &
  LexBotChoice & {
    /** Session attributes passed to the bot (`x-amz-lex:...` settings, or your own). */
    readonly sessionAttributes?: Readonly<Record<string, TextInput>>;
    /** Chat only: minutes of customer inactivity before the Timeout branch. */
    readonly chatTimeoutMinutes?: number;
    readonly timeoutSeconds?: never;
    readonly storeInput?: never;
  };

/**
 * Options of {@link getCustomerInput}: keypad input, or an Amazon Lex bot when `lexBot` (or
 * `classicLexBot`) is given.
 */
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
    if (options.lexBot !== undefined || options.classicLexBot !== undefined) {
      const lex = options as LexInputOptions;
      const parameters: Record<string, ParameterTemplate[string]> = {
        ...encodeMessage(lex, context),
        ...encodeTextTypeHint(lex, context),
        ...encodeBot(lex, context),
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
      ...encodeTextTypeHint(dtmf, context),
      InputTimeLimitSeconds: context.integer(dtmf.timeoutSeconds, 'timeoutSeconds'),
    };
    // The mode's preset writes StoreInput "False"; an undefined entry leaves it out.
    if (dtmf.storeInput === null) parameters['StoreInput'] = undefined;
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

function encodeBot(options: LexInputOptions, context: BuildContext): ParameterTemplate {
  if (options.lexBot !== undefined) {
    if (options.classicLexBot !== undefined) {
      context.problem('invalid-option', 'Give lexBot or classicLexBot, not both.');
    }
    return { LexV2Bot: { AliasArn: context.reference(options.lexBot, 'lexBot', 'lexBot') } };
  }
  const bot = options.classicLexBot;
  if (typeof bot !== 'object' || bot === null) {
    context.problem('invalid-option', 'classicLexBot takes { name, region, alias }.');
    return {};
  }
  return {
    LexBot: {
      Name: context.text(bot.name, 'classicLexBot.name'),
      Region: context.text(bot.region, 'classicLexBot.region'),
      Alias: context.text(bot.alias, 'classicLexBot.alias'),
    },
  };
}
