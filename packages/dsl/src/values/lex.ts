import { DynamicValue, pathSegment } from './dynamic-value.js';

/**
 * What the last Amazon Lex bot of a Get customer input block recognised (`$.Lex.*`).
 *
 * @example
 * ```ts
 * import { lex } from '@contactflow/dsl';
 * lex.slot('AccountNumber').path; // '$.Lex.Slots.AccountNumber'
 * ```
 */
export const lex = {
  /** The recognised intent, `$.Lex.IntentName`. */
  intent: new DynamicValue<'text'>('$.Lex.IntentName'),
  /** The recognised intent's confidence score, `$.Lex.IntentConfidence.Score`. */
  intentConfidence: new DynamicValue<'number'>('$.Lex.IntentConfidence.Score'),
  /** The dialog state, `$.Lex.DialogState`. */
  dialogState: new DynamicValue<'text'>('$.Lex.DialogState'),
  /** The sentiment label (`POSITIVE`, `NEGATIVE`, ...), `$.Lex.SentimentResponse.Label`. */
  sentiment: new DynamicValue<'text'>('$.Lex.SentimentResponse.Label'),
  /** A slot's value, `$.Lex.Slots.<name>`. */
  slot(name: string): DynamicValue<'text'> {
    return new DynamicValue(`$.Lex.Slots${pathSegment(name)}`);
  },
  /** A session attribute the bot returned, `$.Lex.SessionAttributes.<key>`. */
  sessionAttribute(key: string): DynamicValue<'text'> {
    return new DynamicValue(`$.Lex.SessionAttributes${pathSegment(key)}`);
  },
} as const;
