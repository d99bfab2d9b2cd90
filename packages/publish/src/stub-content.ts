import { printJson } from '@contactflow/compiler';
import { findAction, type FlowType } from '@contactflow/dsl';

// The single action of a stub: one that ends the flow and that the catalog allows in its type.
const terminalActions = ['EndFlowExecution', 'DisconnectParticipant', 'EndFlowModuleExecution'];

/**
 * The smallest valid content of a flow or module of a type: one action that ends it. Publishing
 * creates flows that refer to each other with it first, so that each has an ARN the others can
 * name, and writes their real content right after.
 *
 * @example
 * ```ts
 * import { stubContent } from '@contactflow/publish';
 * JSON.parse(stubContent('CONTACT_FLOW')).Actions.length; // 1
 * ```
 */
export function stubContent(flowType: FlowType): string {
  const type =
    terminalActions.find((candidate) => findAction(candidate)?.flowTypes.includes(flowType)) ??
    'DisconnectParticipant';
  return printJson({
    Version: '2019-10-30',
    StartAction: 'stub',
    Actions: [{ Identifier: 'stub', Type: type, Parameters: {}, Transitions: {} }],
  });
}
