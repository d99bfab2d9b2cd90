import { failWith, type ActionHandler } from '../action-handler.js';

export const transferToFlow: ActionHandler = {
  reads: ['flows'],
  summary:
    'Continues in the flow it names when the scenario gives that flow (flow attributes start empty there); otherwise ends the run: transferred to that flow.',
  shape: { success: 'end', end: 'flow' },
  run(context) {
    const name = context.resourceName(context.action.parameters.ContactFlowId);
    if (name === undefined) return failWith('NoMatchingError', 'the flow reference is empty');
    const flow = context.findFlow(name);
    if (flow === undefined) return { kind: 'end', outcome: { kind: 'flow', flow: name } };
    context.note(`continues in flow ${flow.name}`);
    return { kind: 'transfer', flow };
  },
};

export const invokeFlowModule: ActionHandler = {
  reads: ['modules'],
  summary:
    'Runs the module the scenario gives under that name, with its own flow attributes, Lambda results, Lex results, stored input, metrics and profile data, then continues at NextAction when it returns. Contact attributes are shared.',
  shape: { success: 'next' },
  run(context) {
    const name = context.resourceName(context.action.parameters.FlowModuleId);
    if (name === undefined) return failWith('NoMatchingError', 'the module reference is empty');
    const module = context.findModule(name);
    context.note(`runs module ${module.name}`);
    return { kind: 'module', flow: module };
  },
};

export const endFlowModuleExecution: ActionHandler = {
  reads: [],
  summary:
    'Returns to the flow that invoked the module, which continues at its NextAction; a module simulated on its own ends: returned.',
  shape: { success: 'end', end: 'returned' },
  run: () => ({ kind: 'return' }),
};
