/** Keys pressed on the phone's keypad. */
export interface DtmfInput {
  readonly kind: 'dtmf';
  readonly digits: string;
}

/** A message the customer types (chat) or says, as text. */
export interface TextInput {
  readonly kind: 'text';
  readonly text: string;
}

/** What an Amazon Lex bot recognised in the customer's turn. */
export interface LexInput {
  readonly kind: 'lex';
  readonly intent: string;
  readonly slots: Readonly<Record<string, string>>;
  readonly sessionAttributes: Readonly<Record<string, string>>;
  /** `$.Lex.IntentConfidence.Score`. */
  readonly confidence?: number;
  /** `$.Lex.SentimentResponse.Label`: `POSITIVE`, `NEGATIVE`, `NEUTRAL` or `MIXED`. */
  readonly sentiment?: string;
}

/** The customer gives nothing before the action's time limit. */
export interface TimeoutInput {
  readonly kind: 'timeout';
}

/** What an agent or customer did in a Show view block: the action chosen and the data submitted. */
export interface ViewInput {
  readonly kind: 'view';
  readonly action: string;
  readonly data: Readonly<Record<string, string>>;
}

/** An event that ends a Wait block early. */
export interface WaitEventInput {
  readonly kind: 'event';
  readonly event: 'CustomerReturned' | 'BotParticipantDisconnected';
}

/** One thing the customer does, in the order the scenario lists them. */
export type CustomerInput =
  DtmfInput | TextInput | LexInput | TimeoutInput | ViewInput | WaitEventInput;

/** The kinds of input, as `CustomerInput['kind']`. */
export type InputKind = CustomerInput['kind'];

/** What the simulator asks an input provider for. */
export interface InputRequest {
  /** The identifier of the action that waits for the customer. */
  readonly action: string;
  readonly type: string;
  /** The kinds of input the action takes. */
  readonly accepts: readonly InputKind[];
  /** The operands of the action's conditions, in order: the values the flow branches on. */
  readonly operands: readonly string[];
}

/**
 * Gives inputs on demand instead of as a list: called each time an action waits for the customer;
 * `undefined` means the customer does nothing more (the run stops, waiting for input).
 */
export type InputProvider = (request: InputRequest) => CustomerInput | undefined;

/**
 * Keys pressed on the keypad. A menu (Get customer input) takes the first key and leaves the rest
 * for the next block that reads keys; Store customer input takes them all.
 *
 * @example
 * ```ts
 * import { dtmf } from '@contactflow/simulator';
 * dtmf('1'); // { kind: 'dtmf', digits: '1' }
 * ```
 */
export function dtmf(digits: string): DtmfInput {
  return { kind: 'dtmf', digits };
}

/**
 * A message the customer sends. A Wait block that waits for the customer takes it as their
 * return; Store customer input stores it.
 *
 * @example
 * ```ts
 * import { text } from '@contactflow/simulator';
 * text('I am back'); // { kind: 'text', text: 'I am back' }
 * ```
 */
export function text(message: string): TextInput {
  return { kind: 'text', text: message };
}

/**
 * What the Lex bot recognised: the intent, its slots and, optionally, session attributes,
 * confidence and sentiment. The simulator does not run the bot; the scenario says what it heard.
 *
 * @example
 * ```ts
 * import { lexIntent } from '@contactflow/simulator';
 * lexIntent('CheckBalance', { AccountNumber: '1234' }).slots.AccountNumber; // '1234'
 * ```
 */
export function lexIntent(
  intent: string,
  slots: Readonly<Record<string, string>> = {},
  options: {
    readonly sessionAttributes?: Readonly<Record<string, string>>;
    readonly confidence?: number;
    readonly sentiment?: string;
  } = {},
): LexInput {
  return {
    kind: 'lex',
    intent,
    slots,
    sessionAttributes: options.sessionAttributes ?? {},
    ...(options.confidence !== undefined && { confidence: options.confidence }),
    ...(options.sentiment !== undefined && { sentiment: options.sentiment }),
  };
}

/**
 * The customer does nothing until the block's time limit passes.
 *
 * @example
 * ```ts
 * import { timeout } from '@contactflow/simulator';
 * timeout(); // { kind: 'timeout' }
 * ```
 */
export function timeout(): TimeoutInput {
  return { kind: 'timeout' };
}

/**
 * The action chosen in a Show view block (`Submit`, `Back`, ...), with the data submitted, read
 * afterwards as `$.Views.ViewResultData.<field>`.
 *
 * @example
 * ```ts
 * import { viewAction } from '@contactflow/simulator';
 * viewAction('Submit', { orderId: '42' }).action; // 'Submit'
 * ```
 */
export function viewAction(action: string, data: Readonly<Record<string, string>> = {}): ViewInput {
  return { kind: 'view', action, data };
}

/**
 * An event that ends a Wait block before its time limit.
 *
 * @example
 * ```ts
 * import { waitEvent } from '@contactflow/simulator';
 * waitEvent('BotParticipantDisconnected').event; // 'BotParticipantDisconnected'
 * ```
 */
export function waitEvent(event: WaitEventInput['event']): WaitEventInput {
  return { kind: 'event', event };
}

/**
 * The input as one short phrase, for traces and messages.
 *
 * @example
 * ```ts
 * import { describeInput, dtmf } from '@contactflow/simulator';
 * describeInput(dtmf('12#')); // 'keys 12#'
 * ```
 */
export function describeInput(input: CustomerInput): string {
  switch (input.kind) {
    case 'dtmf':
      return `keys ${input.digits}`;
    case 'text':
      return `text ${JSON.stringify(input.text)}`;
    case 'lex':
      return `Lex intent ${input.intent}`;
    case 'timeout':
      return 'a timeout';
    case 'view':
      return `view action ${input.action}`;
    case 'event':
      return `event ${input.event}`;
  }
}
