import type { InputAction } from './read-flow-input.js';

/** The order in which imported source declares its nodes. */
export interface DeclarationOrder {
  /** Identifiers, each after the actions it branches to, except where a branch points back. */
  readonly order: readonly string[];
  /** Actions with a branch to an action declared after them: they are connected afterwards. */
  readonly connectedLater: ReadonlySet<string>;
}

function successors(action: InputAction): string[] {
  return [
    ...(action.next === undefined ? [] : [action.next]),
    ...action.conditions.map((c) => c.target),
    ...action.errors.map((e) => e.target),
  ];
}

/**
 * Orders actions so that each is declared after the blocks its branches go to (depth first from the
 * start, each action once its successors are done), as a reader builds a flow: goodbye first, the
 * entry block last. A branch back to an action still being visited cannot be wired at
 * declaration; its action is connected in a statement after all declarations. Actions not
 * reachable from the start follow, in document order.
 */
export function declarationOrder(
  actions: readonly InputAction[],
  startAction: string,
): DeclarationOrder {
  const byId = new Map(actions.map((action) => [action.id, action]));
  const order: string[] = [];
  const declared = new Set<string>();
  const visiting = new Set<string>();
  const connectedLater = new Set<string>();

  const visit = (root: string) => {
    const stack: { id: string; next: string[] }[] = [];
    const enter = (id: string) => {
      visiting.add(id);
      stack.push({ id, next: [...new Set(successors(byId.get(id)!))].reverse() });
    };
    enter(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const target = frame.next.pop();
      if (target === undefined) {
        stack.pop();
        visiting.delete(frame.id);
        declared.add(frame.id);
        order.push(frame.id);
        continue;
      }
      if (declared.has(target) || !byId.has(target)) continue;
      if (visiting.has(target)) connectedLater.add(frame.id);
      else enter(target);
    }
  };

  visit(startAction);
  for (const action of actions) if (!declared.has(action.id)) visit(action.id);
  return { order, connectedLater };
}
