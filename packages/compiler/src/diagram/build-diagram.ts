import { findAction, type ActionCategory } from '@contactflow/dsl/catalog';
import { branchLabel, showsNextBranch } from './branch-label.js';
import { cutDeeperThan, nestsDeeperThan } from '../nesting-depth.js';
import { readFlowDocument, type DocumentAction } from './read-flow-document.js';
import { recogniseBlock, type RecognisedBlock } from './recognise-block.js';
import { summariseParameters, type DiagramDetail } from './summarise-parameters.js';

export type { DiagramDetail } from './summarise-parameters.js';

/**
 * What a box stands for: an action that continues, one that ends the flow or hands the contact on
 * (`terminal`), an action whose type the catalog does not know, or an identifier that a transition
 * names but no action has (`missing`).
 */
export type DiagramNodeKind = 'action' | 'terminal' | 'unknown' | 'missing';

/** One box of the diagram. */
export interface DiagramNode {
  /** A key made for the diagram (`a0` for the first action, `m0` for the first missing one). */
  readonly key: string;
  readonly kind: DiagramNodeKind;
  readonly identifier: string | undefined;
  /** The action's `Type`; `undefined` for a missing action or one without a type. */
  readonly type: string | undefined;
  /** The console block's name ("Play prompt"), else the action type. */
  readonly title: string;
  /** The name given to the block in the designer (an identifier marked `isFriendlyName`). */
  readonly name: string | undefined;
  readonly category: ActionCategory | undefined;
  /** The parameters worth showing on the box. */
  readonly details: readonly DiagramDetail[];
  /** The action as the document has it; `undefined` for a missing action. */
  readonly action: unknown;
}

/**
 * How a branch is drawn: the way on (`next`), a condition or the no-match fallback, or an error
 * branch (timeouts included), which is drawn apart.
 */
export type DiagramEdgeKind = 'next' | 'condition' | 'error';

/** One arrow; branches of one kind from one block to the same block share it. */
export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: DiagramEdgeKind;
  /** The branch labels, joined ("Timeout / Default"). */
  readonly label: string;
}

/** A flow as boxes and arrows, ready for any of the diagram formats. */
export interface FlowDiagram {
  /** `Metadata.name`, when the document has one. */
  readonly name: string | undefined;
  /** The key of the box the entry point leads to. */
  readonly start: string | undefined;
  /** Boxes in the order a walk from the entry point meets them, then the unreachable ones. */
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

interface PendingEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: DiagramEdgeKind;
  /** In the order first seen; a set, since one edge can stand for thousands of conditions. */
  readonly labels: Set<string>;
}

function actionNode(action: DocumentAction, recognised: RecognisedBlock | undefined): DiagramNode {
  const spec = action.type === undefined ? undefined : findAction(action.type);
  const kind: DiagramNodeKind =
    spec === undefined
      ? 'unknown'
      : spec.transitions.nextAction === 'forbidden'
        ? 'terminal'
        : 'action';
  return {
    key: `a${action.index}`,
    kind,
    identifier: action.identifier,
    type: action.type,
    title: recognised?.block.name ?? action.type ?? 'Action without a type',
    name: action.metadata['isFriendlyName'] === true ? action.identifier : undefined,
    category: spec?.category,
    details: summariseParameters(action.parameters, action.metadata, recognised?.variant.preset),
    action: action.raw,
  };
}

/**
 * Reads a Flow-language document (a console export, compiled output or hand-written JSON) as a
 * diagram: one box per action titled with its console block, the key parameters, and one arrow per
 * branch labelled as the console labels it. Never throws: a value that is not a document gives a
 * diagram with no boxes, and a transition to an identifier no action has gets a `missing` box.
 *
 * @example
 * ```ts
 * import { buildDiagram } from '@contactflow/compiler';
 * const diagram = buildDiagram({
 *   Version: '2019-10-30',
 *   StartAction: 'hello',
 *   Actions: [
 *     { Identifier: 'hello', Type: 'MessageParticipant', Parameters: { Text: 'Hi' },
 *       Transitions: { NextAction: 'bye' } },
 *     { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
 *   ],
 * });
 * diagram.nodes.map((node) => node.title); // ['Play prompt', 'Disconnect / hang up']
 * ```
 */
export function buildDiagram(document: unknown): FlowDiagram {
  // What nests deeper than any flow is cut short: the summaries of parameters recurse.
  const flow = readFlowDocument(nestsDeeperThan(document) ? cutDeeperThan(document) : document);
  const recognised = flow.actions.map((action) => recogniseBlock(action.type, action.parameters));
  const nodes = flow.actions.map((action, index) => actionNode(action, recognised[index]));
  const byIdentifier = new Map<string, string>();
  for (const action of flow.actions) {
    if (action.identifier !== undefined && !byIdentifier.has(action.identifier)) {
      byIdentifier.set(action.identifier, `a${action.index}`);
    }
  }
  const missing: DiagramNode[] = [];
  const keyOf = (identifier: string): string => {
    const known = byIdentifier.get(identifier);
    if (known !== undefined) return known;
    const key = `m${missing.length}`;
    byIdentifier.set(identifier, key);
    missing.push({
      key,
      kind: 'missing',
      identifier,
      type: undefined,
      title: 'Missing action',
      name: undefined,
      category: undefined,
      details: [],
      action: undefined,
    });
    return key;
  };

  const start = flow.startAction === undefined ? undefined : keyOf(flow.startAction);
  const pending = new Map<string, PendingEdge>();
  for (const action of flow.actions) {
    const block = recognised[action.index];
    const hideNext = !showsNextBranch(block);
    for (const transition of action.transitions) {
      // The console draws no Success branch on such a block; its NextAction repeats another
      // branch's target, and is shown only when it leads somewhere else.
      if (
        transition.kind === 'next' &&
        hideNext &&
        action.transitions.some((t) => t.kind !== 'next' && t.target === transition.target)
      ) {
        continue;
      }
      const from = `a${action.index}`;
      const to = keyOf(transition.target);
      const kind: DiagramEdgeKind =
        transition.kind === 'error' && transition.errorType !== 'NoMatchingCondition'
          ? 'error'
          : transition.kind === 'error'
            ? 'condition'
            : transition.kind;
      const label = branchLabel(transition, block);
      const id = JSON.stringify([from, to, kind]);
      const edge = pending.get(id);
      if (edge === undefined) pending.set(id, { from, to, kind, labels: new Set([label]) });
      else edge.labels.add(label);
    }
  }
  const edges = [...pending.values()];
  const all = [...nodes, ...missing];
  const order = walkOrder(
    all.map((node) => node.key),
    start,
    edges,
  );
  const rank = new Map(order.map((key, index) => [key, index]));
  const byKey = new Map(all.map((node) => [node.key, node]));
  return {
    name: flow.name,
    start,
    nodes: order.map((key) => byKey.get(key)!),
    edges: edges
      .map((edge, index) => ({ edge, index }))
      .sort((a, b) => rank.get(a.edge.from)! - rank.get(b.edge.from)! || a.index - b.index)
      .map(({ edge: { from, to, kind, labels } }) => ({
        from,
        to,
        kind,
        label: [...labels].join(' / '),
      })),
  };
}

/**
 * Keys breadth first from the start, following branches in their order, then each block no walk
 * reached (with what it reaches) in document order: the layouts place boxes in this order, so
 * the flow reads from its entry point.
 */
function walkOrder(
  keys: readonly string[],
  start: string | undefined,
  edges: readonly PendingEdge[],
): string[] {
  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    const list = successors.get(edge.from) ?? [];
    list.push(edge.to);
    successors.set(edge.from, list);
  }
  const seen = new Set<string>();
  const order: string[] = [];
  const walk = (from: string) => {
    if (seen.has(from)) return;
    seen.add(from);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const key = queue[i]!;
      order.push(key);
      for (const next of successors.get(key) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  };
  if (start !== undefined) walk(start);
  for (const key of keys) walk(key);
  return order;
}
