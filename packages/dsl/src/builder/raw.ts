import type { ConditionInput } from './condition.js';
import { toCondition } from './condition.js';
import { FlowNode, type VerbatimCondition } from './flow-node.js';
import type { ParameterTemplate } from './parameter-template.js';
import { callerLocation } from './source-location.js';

/** Options of {@link raw}. */
export interface RawOptions {
  /** The Flow-language `Type`. */
  readonly type: string;
  /** `Parameters`, written as given (references and dynamic values are still resolved). */
  readonly parameters?: ParameterTemplate;
}

/** A node for an action the builder has no block for; its branches are named by the caller. */
export class RawNode extends FlowNode {
  /** Connects `NextAction`. */
  then(next: FlowNode): this {
    FlowNode.connect(this, 'NextAction', { kind: 'next' }, next);
    return this;
  }

  /** Connects the error branch of the given `ErrorType`. */
  onError(errorType: string, next: FlowNode): this {
    FlowNode.connect(this, errorType, { kind: 'error', errorType }, next);
    return this;
  }

  /** Connects a condition (`Equals` unless an `is.*` condition is given). */
  when(condition: ConditionInput, next: FlowNode): this {
    const encoded = toCondition(condition);
    FlowNode.connect(
      this,
      `${encoded.operator} ${encoded.operand}`,
      { kind: 'condition', condition: encoded },
      next,
    );
    return this;
  }

  /**
   * Connects an entry of `Conditions` whose `Condition` object is written exactly as given, for a
   * condition no `.when(...)` can say: one with two operands, or without an operator. Such
   * conditions come from documents written by hand or by generators; imported flows keep them this
   * way, and the validator reports the ones the Flow language does not accept.
   *
   * @example
   * ```ts
   * import { disconnect, raw } from '@contactflow/dsl';
   * const bye = disconnect();
   * raw({ type: 'GetParticipantInput', parameters: { Text: 'Press 1.' } })
   *   .whenVerbatim({ Operator: 'Equals', Operands: ['$.CustomerInput', '1'] }, bye)
   *   .onError('NoMatchingCondition', bye);
   * ```
   */
  whenVerbatim(condition: VerbatimCondition, next: FlowNode): this {
    FlowNode.connect(this, JSON.stringify(condition), { kind: 'verbatim', condition }, next);
    return this;
  }
}

/**
 * An action written as the Flow language spells it, for action types newer than the builder or
 * parameters it does not model. The validator still checks it against the catalog when the type is
 * known.
 *
 * @example
 * ```ts
 * import { disconnect, raw } from '@contactflow/dsl';
 * const bye = disconnect();
 * raw({ type: 'UpdateContactData', parameters: { LanguageCode: 'en-GB' } })
 *   .then(bye)
 *   .onError('NoMatchingError', bye);
 * ```
 */
export function raw(options: RawOptions): RawNode {
  return new RawNode({
    blockId: undefined,
    mode: undefined,
    actionType: options.type,
    parameters: options.parameters ?? {},
    problems: [],
    location: callerLocation(),
  });
}
