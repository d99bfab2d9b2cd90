import { createTask as spec } from '../catalog/blocks/create-task.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { FlowDefinition } from '../builder/flow-definition.js';
import type { NumberInput, ReferenceInput, TextInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import type { ResourceReference } from '../references/resource-reference.js';

/** A reference shown to the agent on the task, such as a link to an order. */
export interface TaskReference {
  /** The value; may embed dynamic values. */
  readonly value: TextInput;
  /** `URL` when omitted. */
  readonly type?: 'URL' | 'STRING' | 'NUMBER' | 'DATE' | 'EMAIL';
}

/** When the task starts: right away (neither option), after a delay, or at a time. */
export type TaskSchedule =
  | { readonly delaySeconds?: never; readonly scheduledTime?: never }
  | {
      /** Seconds from now until the task starts, 1 to 518400 (6 days). */
      readonly delaySeconds: NumberInput;
      readonly scheduledTime?: never;
    }
  | {
      /**
       * When the task starts: a `Date`, or Unix time in epoch seconds (a number or a dynamic value
       * holding one). A time already past sends the contact to Error.
       */
      readonly scheduledTime: NumberInput | Date;
      readonly delaySeconds?: never;
    };

/** What every task carries, by hand or from a template. */
interface TaskDetails {
  /** Task name, up to 512 characters; may embed dynamic values. */
  readonly name: TextInput;
  /** Task description, up to 4096 characters; may embed dynamic values. */
  readonly description?: TextInput;
  /** Contact attributes of the new task. */
  readonly attributes?: Readonly<Record<string, TextInput>>;
  /** References shown to the agent, by name. */
  readonly references?: Readonly<Record<string, TaskReference>>;
}

/** The flow the task runs: a reference, a flow built in this project, a dynamic value or an ARN. */
export type TaskFlowInput = ReferenceInput<'flow'> | FlowDefinition;

/** Create manually: every setting is given in the block. */
export type ManualTaskOptions = TaskDetails &
  TaskSchedule & {
    readonly flow: TaskFlowInput;
    readonly template?: never;
  };

/** Use template: the template fills its fields, which the block cannot override. */
export type TemplateTaskOptions = TaskDetails &
  TaskSchedule & {
    /** The task template; set statically (no dynamic value). */
    readonly template: ResourceReference<'taskTemplate'> | string;
    /** Needed only when the template names no flow. */
    readonly flow?: TaskFlowInput;
  };

/** Options of {@link createTask}: a hand-made task, or one from a task template. */
export type CreateTaskOptions = ManualTaskOptions | TemplateTaskOptions;

/**
 * Create task: creates a task that runs a flow now or at a scheduled time. The new task's contact
 * id is available to later blocks as `$.Task.ContactId`.
 *
 * @example
 * ```ts
 * import { attribute, createTask, disconnect, flowRef, text } from '@contactflow/dsl';
 * const bye = disconnect();
 * createTask({
 *   flow: flowRef('Callback tasks'),
 *   name: text`Call back ${attribute('customerName')}`,
 *   delaySeconds: 3600,
 * })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const createTask = defineBlockBuilder(spec, (options: CreateTaskOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {};
  if (options.flow !== undefined) {
    parameters['ContactFlowId'] = context.reference(options.flow, 'flow', 'flow');
  }
  if (options.template !== undefined) {
    parameters['TaskTemplateId'] = context.reference(options.template, 'taskTemplate', 'template');
  }
  parameters['Name'] = context.text(options.name, 'name');
  if (options.description !== undefined) {
    parameters['Description'] = context.text(options.description, 'description');
  }
  if (options.attributes !== undefined) {
    parameters['Attributes'] = Object.fromEntries(
      Object.entries(options.attributes).map(([k, v]) => [k, context.text(v, `attributes.${k}`)]),
    );
  }
  if (options.references !== undefined) {
    parameters['References'] = Object.fromEntries(
      Object.entries(options.references).map(([k, r]) => [
        k,
        { Value: context.text(r.value, `references.${k}.value`), Type: r.type ?? 'URL' },
      ]),
    );
  }
  if (options.delaySeconds !== undefined) {
    parameters['DelaySeconds'] = context.integer(options.delaySeconds, 'delaySeconds');
  } else if (options.scheduledTime !== undefined) {
    const time = options.scheduledTime;
    parameters['ScheduledTime'] = context.integer(
      time instanceof Date ? Math.floor(time.getTime() / 1000) : time,
      'scheduledTime',
    );
  }
  if (options.template === undefined && options.flow === undefined) {
    context.problem('invalid-option', 'A task made by hand needs the flow it runs.');
  }
  return { mode: options.template === undefined ? 'manual' : 'template', parameters };
});
