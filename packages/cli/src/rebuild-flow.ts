import {
  DynamicValue,
  FlowNode,
  MissingAction,
  ResourceReference,
  TextTemplate,
  type FlowDefinition,
  type ParameterTemplate,
  type ParameterTemplateValue,
  type ResourceKind,
} from '@contactflow/dsl';
import type { FlowSnapshot, ValueSnapshot } from './flow-snapshot.js';

function rebuildValue(snapshot: ValueSnapshot): ParameterTemplateValue | undefined {
  switch (snapshot.kind) {
    case 'reference':
      return new ResourceReference(snapshot.resource as ResourceKind, snapshot.name);
    case 'dynamic':
      return new DynamicValue(snapshot.path);
    case 'text':
      return new TextTemplate(
        snapshot.parts.map((part) => rebuildValue(part) as string | DynamicValue),
      );
    case 'list':
      return snapshot.items.map((item) => rebuildValue(item) as ParameterTemplateValue);
    case 'record':
      // `Object.fromEntries` keeps a `__proto__` key as a key, as the source had it.
      return Object.fromEntries(
        snapshot.entries.map(([key, item]) => [key, rebuildValue(item)]),
      ) as ParameterTemplate;
    case 'value':
      return snapshot.value as ParameterTemplateValue | undefined;
  }
}

/**
 * Builds the flow a {@link FlowSnapshot} describes again, out of this thread's builder classes: the
 * same blocks, parameters, identifiers, branches and source locations, so that it compiles to the
 * same document as the flow the source made.
 *
 * @example
 * ```ts
 * import { disconnect, flow } from '@contactflow/dsl';
 * import { snapshotFlows } from './flow-snapshot.js';
 * import { rebuildFlow } from './rebuild-flow.js';
 * const [snapshot] = snapshotFlows({ main: flow('Main', { start: disconnect() }) });
 * if (snapshot) rebuildFlow(snapshot).name; // 'Main'
 * ```
 */
export function rebuildFlow(snapshot: FlowSnapshot): FlowDefinition {
  const nodes = snapshot.nodes.map((node) => {
    const init = {
      blockId: node.blockId,
      mode: node.mode,
      actionType: node.actionType,
      parameters: rebuildValue(node.parameters) as ParameterTemplate,
      problems: node.problems,
      location: node.location,
    };
    const built = node.missing ? new MissingAction(init) : new FlowNode(init);
    return node.identifier === undefined ? built : built.named(node.identifier);
  });
  snapshot.nodes.forEach((node, index) => {
    for (const { branch, transition, target } of node.connections) {
      FlowNode.connect(nodes[index]!, branch, transition, nodes[target]);
    }
  });
  const nodeAt = (index: number | undefined) =>
    (index === undefined ? undefined : nodes[index]) as FlowNode;
  return {
    ...snapshot.fields,
    start: nodeAt(snapshot.start),
    ...(snapshot.detached !== undefined && { detached: snapshot.detached.map(nodeAt) }),
  } as FlowDefinition;
}
