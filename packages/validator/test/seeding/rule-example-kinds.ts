import { rules, runRules } from '../../src/index.js';
import { copyOf, type ActionJson, type DefectKind, type FlowJson } from './seeded-defect.js';

/** The action a rule reports in its own bad example: the defect, ready to plant elsewhere. */
function offendingAction(ruleId: string): ActionJson {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const bad = rule.meta.examples.bad as FlowJson;
  const [finding] = runRules(bad, [rule], rule.meta.examples.options).filter(
    (d) => d.code === ruleId && d.actionId !== undefined,
  );
  const action = bad.Actions.find((a) => a.Identifier === finding?.actionId);
  if (action === undefined) throw new Error(`${ruleId}: its bad example reports no action`);
  return action;
}

/** Every target in the action's transitions, redirected to `next`. */
function redirected(action: ActionJson, next: string): ActionJson['Transitions'] {
  const { Transitions: transitions = {} } = action;
  return {
    ...(transitions.NextAction === undefined ? {} : { NextAction: next }),
    ...(transitions.Errors && {
      Errors: transitions.Errors.map((e) => ({ ...e, NextAction: next })),
    }),
    ...(transitions.Conditions && {
      Conditions: transitions.Conditions.map((c) => ({ ...c, NextAction: next })),
    }),
  };
}

/**
 * A defect kind that plants the offending action of a rule's bad example in front of a real flow,
 * every branch of it continuing to the flow's old start, as someone adding a block at the top of a
 * flow would. The flow is validated with the rule example's flow type and channels.
 */
export function plantedFromRuleExample(
  ruleId: string,
  name: string,
  applies: (flow: FlowJson) => boolean = () => true,
): DefectKind {
  return {
    name,
    seed(flow) {
      if (typeof flow.StartAction !== 'string' || !applies(flow)) return undefined;
      const copy = copyOf(flow);
      const planted = structuredClone(offendingAction(ruleId));
      planted.Identifier = 'seeded-start';
      planted.Transitions = redirected(planted, flow.StartAction);
      copy.Actions.push(planted);
      copy.StartAction = planted.Identifier;
      const options = rules.find((r) => r.meta.id === ruleId)?.meta.examples.options;
      return {
        document: copy,
        code: ruleId,
        actionId: planted.Identifier,
        ...(options && { options }),
      };
    },
  };
}
