import type { BuildContext } from '../builder/build-context.js';
import { isFlowDefinition, type FlowDefinition } from '../builder/flow-definition.js';
import type { ReferenceInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import type { EventHookKey } from '../catalog/blocks/shared-event-hooks.js';
import type { ContactFlowType } from '../catalog/flow-types.js';

/**
 * The flow an event hook runs: a published flow by name (`flowRef('Queue music')`), a flow built in
 * the same program, a dynamic value holding its ARN, or a literal ARN.
 */
export type EventFlowInput = ReferenceInput<'flow'> | FlowDefinition;

/** What every "Set ... flow" block takes besides its own choices: the flow and its hook setting. */
export interface EventHookOptions {
  readonly flow: EventFlowInput;
  /**
   * Written as `EventHooksConfiguration` `{ <hook>: { DisableExecution: "true" | "false" } }`.
   * Console exports of Set whisper flow carry "false", which leaves the hook's flow to run; "true"
   * keeps it from running. The setting is undocumented; not written when omitted.
   */
  readonly disabled?: boolean;
}

/**
 * The `EventHooks` parameter of the "Set ... flow" blocks: one hook and its flow, and the hook's
 * `EventHooksConfiguration` when `disabled` is given. A flow built in the same program is checked
 * against the flow type the console would offer for the hook, since a reference by name or ARN
 * carries no type to check.
 */
export function encodeEventHook(
  hook: EventHookKey,
  options: EventHookOptions,
  context: BuildContext,
  expectedType?: ContactFlowType,
): ParameterTemplate {
  const { flow, disabled } = options;
  if (expectedType !== undefined && isFlowDefinition(flow) && flow.flowType !== expectedType) {
    context.problem(
      'wrong-flow-type',
      `The ${hook} hook runs a ${expectedType} flow, not the ${flow.flowType} flow "${flow.name}".`,
    );
  }
  const parameters: Record<string, ParameterTemplate[string]> = {
    EventHooks: { [hook]: context.reference(flow, 'flow', 'flow') },
  };
  if (disabled !== undefined) {
    parameters['EventHooksConfiguration'] = {
      [hook]: { DisableExecution: disabled ? 'true' : 'false' },
    };
  }
  return parameters;
}
