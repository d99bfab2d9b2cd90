import { cutDeeperThan, nestsDeeperThan } from '../nesting-depth.js';
import { actionSummary } from './action-summary.js';
import { compareText } from './canonical-json.js';
import { diffValues, isJsonObject, valuesEqual } from './diff-values.js';
import type { ActionChange, ActionDiff, FlowDiff } from './flow-diff.js';
import { conditionBranches, errorBranches, type Branch } from './transition-branches.js';

type JsonObject = Readonly<Record<string, unknown>>;

/** Top-level keys compared on their own terms rather than as plain values. */
const documentParts = new Set(['Actions', 'Metadata', 'Settings']);
const actionParts = new Set(['Identifier', 'Type', 'Parameters', 'Transitions']);
const transitionParts = new Set(['NextAction', 'Errors', 'Conditions']);

/**
 * Compares two Flow-language documents (parsed JSON) by what they mean: actions are matched by
 * `Identifier` and compared type, parameter by parameter, and branch by branch (`NextAction`,
 * each error by `ErrorType`, each condition by operator and operands); `StartAction`, the other
 * top-level values and a module's `Settings` are compared too. Layout and other designer data in
 * `Metadata`, key order and the order of actions and errors play no part, nor does the order of
 * conditions, except where two conditions can hold at once (operators other than `Equals`), since
 * the first that holds wins. The flow's name, description and annotations are reported apart, in
 * `metadata`. A missing `Parameters` or `Transitions` counts as empty.
 *
 * Never throws: a value of an unexpected shape is compared as it is.
 *
 * @example
 * ```ts
 * import { diffFlows, formatFlowDiff } from '@contactflow/compiler';
 * const before = { StartAction: 'bye', Actions: [{ Identifier: 'bye', Type: 'DisconnectParticipant' }] };
 * const after = { ...before, StartAction: 'hello' };
 * const diff = diffFlows(before, after);
 * diff.equal; // false
 * formatFlowDiff(diff); // '~ StartAction: bye -> hello\n'
 * ```
 */
export function diffFlows(before: unknown, after: unknown): FlowDiff {
  const a = isJsonObject(before) ? shallow(before) : {};
  const b = isJsonObject(after) ? shallow(after) : {};
  const flow = topLevelKeys(a, b).flatMap((key) =>
    documentParts.has(key) ? [] : diffValues(a[key], b[key], key),
  );
  const settings = diffValues(a.Settings, b.Settings, 'Settings');
  const actions = diffActions(actionList(a.Actions), actionList(b.Actions));
  const metadata = diffValues(shownMetadata(a.Metadata), shownMetadata(b.Metadata), 'Metadata');
  const equal =
    flow.length === 0 && settings.length === 0 && actions.length === 0 && metadata.length === 0;
  return { equal, flow, settings, actions, metadata };
}

/**
 * The document with whatever nests deeper than any flow cut short (see `cutDeeperThan`), so that
 * the comparison, which recurses, stays within the stack.
 */
function shallow(document: JsonObject): JsonObject {
  return nestsDeeperThan(document) ? (cutDeeperThan(document) as JsonObject) : document;
}

/** `StartAction` first, as the entry of the flow, then the others in key order. */
function topLevelKeys(a: JsonObject, b: JsonObject): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText);
  return [
    ...keys.filter((key) => key === 'StartAction'),
    ...keys.filter((k) => k !== 'StartAction'),
  ];
}

function actionList(actions: unknown): JsonObject[] {
  return Array.isArray(actions)
    ? actions.map((action) => (isJsonObject(action) ? action : {}))
    : [];
}

function identifierOf(action: JsonObject): string {
  return typeof action.Identifier === 'string' ? action.Identifier : '';
}

function typeOf(action: JsonObject): string | undefined {
  return typeof action.Type === 'string' ? action.Type : undefined;
}

function diffActions(before: JsonObject[], after: JsonObject[]): ActionDiff[] {
  const beforeById = groupById(before);
  const afterById = groupById(after);
  const identifiers = [...new Set([...beforeById.keys(), ...afterById.keys()])].sort(compareText);
  const changed: ActionDiff[] = [];
  const added: ActionDiff[] = [];
  const removed: ActionDiff[] = [];
  for (const identifier of identifiers) {
    const olds = beforeById.get(identifier) ?? [];
    const news = afterById.get(identifier) ?? [];
    // Identifiers should be unique; where they repeat, the n-th is matched with the n-th.
    for (let i = 0; i < Math.max(olds.length, news.length); i++) {
      const old = olds[i];
      const current = news[i];
      if (old === undefined && current !== undefined) {
        added.push(whole('added', identifier, current));
      } else if (current === undefined && old !== undefined) {
        removed.push(whole('removed', identifier, old));
      } else if (old !== undefined && current !== undefined) {
        const changes = diffAction(old, current);
        if (changes.length > 0) {
          changed.push({
            kind: 'changed',
            identifier,
            type: typeOf(current),
            summary: actionSummary(current),
            changes,
          });
        }
      }
    }
  }
  return [...changed, ...added, ...removed];
}

function groupById(actions: JsonObject[]): Map<string, JsonObject[]> {
  const groups = new Map<string, JsonObject[]>();
  for (const action of actions) {
    const id = identifierOf(action);
    groups.set(id, [...(groups.get(id) ?? []), action]);
  }
  return groups;
}

function whole(kind: 'added' | 'removed', identifier: string, action: JsonObject): ActionDiff {
  return {
    kind,
    identifier,
    type: typeOf(action),
    summary: actionSummary(action),
    changes: [],
    action,
  };
}

/** The changes of one action: type, parameters, branches, then anything else it carries. */
function diffAction(a: JsonObject, b: JsonObject): ActionChange[] {
  const changes: ActionChange[] = [];
  for (const change of diffValues(a.Type, b.Type, 'Type'))
    changes.push({ part: 'Type', ...change });
  for (const change of diffValues(a.Parameters ?? {}, b.Parameters ?? {}, 'Parameters')) {
    changes.push({ part: 'Parameters', ...change });
  }
  const ta = isJsonObject(a.Transitions) ? a.Transitions : {};
  const tb = isJsonObject(b.Transitions) ? b.Transitions : {};
  for (const change of diffValues(ta.NextAction, tb.NextAction, 'NextAction')) {
    changes.push({ part: 'NextAction', ...change });
  }
  // Loops, not spreads: an action may have more branches than a call takes arguments.
  const add = (more: readonly ActionChange[]) => {
    for (const change of more) changes.push(change);
  };
  const conditionsA = conditionBranches(ta.Conditions);
  const conditionsB = conditionBranches(tb.Conditions);
  add(diffBranches('Conditions', conditionsA, conditionsB));
  add(conditionOrder(conditionsA, conditionsB));
  add(diffBranches('Errors', errorBranches(ta.Errors), errorBranches(tb.Errors)));
  const other = (x: JsonObject, y: JsonObject, parts: Set<string>, prefix: string) =>
    [...new Set([...Object.keys(x), ...Object.keys(y)])]
      .filter((key) => !parts.has(key))
      .sort(compareText)
      .flatMap((key) => diffValues(x[key], y[key], prefix + key))
      .map((change): ActionChange => ({ part: 'Other', ...change }));
  add(other(ta, tb, transitionParts, 'Transitions.'));
  add(other(a, b, actionParts, ''));
  return changes;
}

function diffBranches(
  part: 'Conditions' | 'Errors',
  before: Branch[],
  after: Branch[],
): ActionChange[] {
  const beforeByKey = new Map(before.map((branch) => [branch.key, branch]));
  const afterByKey = new Map(after.map((branch) => [branch.key, branch]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])].sort(compareText);
  return keys.flatMap((key): ActionChange[] => {
    const old = beforeByKey.get(key);
    const current = afterByKey.get(key);
    const path = `${part} ${key}`;
    const at = { part, branch: key, path };
    if (old === undefined) return [{ ...at, kind: 'added', after: current!.next }];
    if (current === undefined) return [{ ...at, kind: 'removed', before: old.next }];
    const changes: ActionChange[] = [];
    if (!valuesEqual(old.next, current.next)) {
      changes.push({ ...at, kind: 'changed', before: old.next, after: current.next });
    }
    for (const change of diffValues(old.rest, current.rest, path)) {
      changes.push({ part, branch: key, ...change });
    }
    return changes;
  });
}

/**
 * A change of order among the conditions both flows have, reported only where it can change the
 * branch taken: between two conditions of which one at least is not an `Equals`.
 */
function conditionOrder(before: Branch[], after: Branch[]): ActionChange[] {
  const common = new Set(after.map((branch) => branch.key));
  const oldOrder = before.filter((branch) => common.has(branch.key));
  const kept = new Set(oldOrder.map((branch) => branch.key));
  const newOrder = after.filter((branch) => kept.has(branch.key));
  const position = new Map(newOrder.map((branch, index) => [branch.key, index]));
  // A pair swapped that matters: an earlier condition now after a later one, one of them ordered.
  // The latest new places so far, of any condition and of ordered ones, find it in one pass.
  let latest = -1;
  let latestOrdered = -1;
  let swapped = false;
  for (const branch of oldOrder) {
    const at = position.get(branch.key)!;
    if ((branch.ordered ? latest : latestOrdered) > at) swapped = true;
    latest = Math.max(latest, at);
    if (branch.ordered) latestOrdered = Math.max(latestOrdered, at);
  }
  if (!swapped) return [];
  return [
    {
      part: 'Conditions',
      kind: 'changed',
      path: 'Conditions order',
      before: oldOrder.map((branch) => branch.key),
      after: newOrder.map((branch) => branch.key),
    },
  ];
}

/**
 * The part of `Metadata` people read: name, description, designer type and the text of
 * annotations. Positions, sizes, the designer's per-action data and publishing status are layout
 * or bookkeeping.
 */
function shownMetadata(metadata: unknown): unknown {
  if (!isJsonObject(metadata)) return undefined;
  const { name, description, type, Annotations } = metadata;
  // Compiled flows write an empty description where exports leave it out: the same to a reader.
  const text = (value: unknown) => (value === '' ? undefined : value);
  const annotations = Array.isArray(Annotations)
    ? Annotations.map((note: unknown) =>
        isJsonObject(note) ? { id: note.id, content: note.content } : note,
      )
    : Annotations;
  const shown = {
    name: text(name),
    description: text(description),
    type,
    Annotations: annotations,
  };
  return Object.values(shown).some((value) => value !== undefined) ? shown : undefined;
}
