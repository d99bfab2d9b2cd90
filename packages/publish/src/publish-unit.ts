import type { Channel, FlowType } from '@contactflow/dsl';
import type { Diagnostic } from '@contactflow/validator';

/** Where in its source a problem about a unit is shown: a 1-based line and column. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * One flow or flow module to publish: its name on the instance, its type, its Flow-language content
 * with `{{kind:name}}` placeholders where instance resources go, and where it came from.
 *
 * A flow is identified on the instance by its name and type, a module by its name.
 *
 * @example
 * ```ts
 * import type { PublishUnit } from '@contactflow/publish';
 * const unit: PublishUnit = {
 *   name: 'Main IVR',
 *   flowType: 'CONTACT_FLOW',
 *   content: '{"Version":"2019-10-30","StartAction":"q","Actions":[]}',
 *   file: 'flows/main-ivr.json',
 * };
 * ```
 */
export interface PublishUnit {
  /** The name of the flow or module on the instance. */
  readonly name: string;
  /** The flow type (`CONTACT_FLOW`, `CUSTOMER_QUEUE`, ...), or `FLOW_MODULE` for a module. */
  readonly flowType: FlowType;
  /** The Flow-language document as text, references left as `{{kind:name}}` placeholders. */
  readonly content: string;
  /** A module's `Settings` (inputs, outputs, named results) as JSON text. */
  readonly settings?: string | undefined;
  /** Set when the flow or module is created; an existing one keeps its own. */
  readonly description?: string | undefined;
  /** The channels the flow serves, for validation; every channel when left out. */
  readonly channels?: readonly Channel[] | undefined;
  /** The file the unit came from, named in every message about it. */
  readonly file?: string | undefined;
  /** Problems found while the unit was made (by the compiler, for instance); errors refuse it. */
  readonly diagnostics?: readonly Diagnostic[] | undefined;
  /**
   * Where a problem about an action is in `file`, so that a message points at the source line:
   * for a compiled flow the builder call that made the block, for a JSON file the line of the text.
   */
  readonly locate?:
    ((actionId: string | undefined, pointer: string) => SourcePosition | undefined) | undefined;
}

/**
 * Whether a unit is a flow module, which the instance keeps apart from flows.
 *
 * @example
 * ```ts
 * import { isModuleUnit } from '@contactflow/publish';
 * isModuleUnit({ flowType: 'FLOW_MODULE' }); // true
 * ```
 */
export function isModuleUnit(unit: Pick<PublishUnit, 'flowType'>): boolean {
  return unit.flowType === 'FLOW_MODULE';
}

/**
 * The key that identifies a unit among others and on the instance: `flow:<name>` or
 * `module:<name>`. Flow names are unique in an instance whatever their type.
 *
 * @example
 * ```ts
 * import { unitKey } from '@contactflow/publish';
 * unitKey({ name: 'Payments', flowType: 'FLOW_MODULE' }); // 'module:Payments'
 * ```
 */
export function unitKey(unit: Pick<PublishUnit, 'name' | 'flowType'>): string {
  return `${isModuleUnit(unit) ? 'module' : 'flow'}:${unit.name}`;
}

/**
 * How a unit is named in messages: its file when it has one, else its name.
 *
 * @example
 * ```ts
 * import { unitLabel } from '@contactflow/publish';
 * unitLabel({ name: 'Main IVR', flowType: 'CONTACT_FLOW' }); // 'flow "Main IVR"'
 * ```
 */
export function unitLabel(unit: Pick<PublishUnit, 'name' | 'flowType' | 'file'>): string {
  return unit.file ?? `${isModuleUnit(unit) ? 'module' : 'flow'} "${unit.name}"`;
}
