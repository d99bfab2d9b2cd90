import type { Environment, ResourceReference } from '@contactflow/dsl';
import type { LiveContent, LiveFlowSummary, LiveModuleSummary, LiveSummary } from './gateway.js';
import { environmentLookup, fillPlaceholders, findPlaceholders } from './placeholders.js';
import { isModuleUnit, unitKey, unitLabel, type PublishUnit } from './publish-unit.js';
import { sameJsonContent } from './same-content.js';

/** What publishing does with a unit: create it, write its new content, or leave it as it is. */
export type PlannedAction = 'create' | 'update' | 'unchanged';

/**
 * One write of a plan: `create-stub` creates a flow with placeholder content (see `stubContent`)
 * so that flows referring to it can name its ARN; `fill` then writes its real content.
 */
export type PlanOperation = 'create-stub' | 'create' | 'update' | 'fill';

/** One write of a plan, on the unit with the given key (see `unitKey`). */
export interface PlanStep {
  readonly key: string;
  readonly operation: PlanOperation;
}

/**
 * Units that refer to each other in a cycle (or one unit on its own), written together: when one
 * write of a cyclic group fails, publishing undoes the group's other writes.
 */
export interface PlanGroup {
  /** The keys of its units, in the order they are written. */
  readonly keys: readonly string[];
  /** Whether its units refer to each other (or one to itself). */
  readonly cyclic: boolean;
  /** Its writes, in order; none when every unit is unchanged. */
  readonly steps: readonly PlanStep[];
}

/** A unit with what publishing will do with it. */
export interface PlannedUnit {
  readonly unit: PublishUnit;
  /** See `unitKey`. */
  readonly key: string;
  readonly action: PlannedAction;
  /** The flow or module on the instance the unit replaces; absent for a create. */
  readonly live?: LiveSummary | undefined;
  /** The keys of the units of the run it refers to. */
  readonly dependsOn: readonly string[];
  /** The index of its group in `PublishPlan.groups`. */
  readonly group: number;
  /** Whether it is created with placeholder content first, and filled in after. */
  readonly stub: boolean;
  /**
   * Its content with every reference filled in that can be before writing: references to units not
   * created yet keep their `{{kind:name}}` placeholder.
   */
  readonly preview: string;
  /** Its settings, filled in the same way, for a module that has them. */
  readonly settingsPreview?: string | undefined;
}

/** A reason the run cannot start: two units with one name, a name taken by another flow type. */
export interface PlanProblem {
  readonly key: string;
  readonly message: string;
}

/** What {@link planPublish} returns. */
export interface PublishPlan {
  /** Every unit, in the order of its groups. */
  readonly units: readonly PlannedUnit[];
  /** Groups in the order they are written: what a unit refers to comes before it. */
  readonly groups: readonly PlanGroup[];
  readonly problems: readonly PlanProblem[];
}

/** What {@link planPublish} works from: the units and what is on the instance now. */
export interface PlanInput {
  readonly units: readonly PublishUnit[];
  readonly flows: readonly LiveFlowSummary[];
  readonly modules: readonly LiveModuleSummary[];
  /** The current content of the live flows and modules that units replace, by ARN. */
  readonly contents: ReadonlyMap<string, LiveContent>;
  /** Values of the references that are not to units of the run. */
  readonly environment: Environment;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An active one before an archived one of the same name. */
function pickLive<T extends LiveSummary>(candidates: readonly T[]): T | undefined {
  return candidates.find((c) => c.state !== 'ARCHIVED') ?? candidates[0];
}

function referencedKey(reference: ResourceReference): string | undefined {
  if (reference.kind === 'flow') return `flow:${reference.name}`;
  if (reference.kind === 'flowModule') return `module:${reference.name}`;
  return undefined;
}

/** Modules first, then by name: the order when nothing else decides. */
function unitOrder(a: PublishUnit, b: PublishUnit): number {
  return (
    Number(!isModuleUnit(a)) - Number(!isModuleUnit(b)) ||
    compareText(a.name, b.name) ||
    compareText(a.flowType, b.flowType)
  );
}

/** Strongly connected components (Tarjan), each listed once. */
function components(keys: readonly string[], edges: ReadonlyMap<string, readonly string[]>) {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (key: string): void => {
    index.set(key, next);
    low.set(key, next);
    next++;
    stack.push(key);
    onStack.add(key);
    for (const target of edges.get(key) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(key, Math.min(low.get(key)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(key, Math.min(low.get(key)!, index.get(target)!));
      }
    }
    if (low.get(key) === index.get(key)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== key);
      found.push(component);
    }
  };
  for (const key of keys) if (!index.has(key)) visit(key);
  return found;
}

/**
 * Decides, without calling the service, what publishing does with each unit and in which order.
 *
 * - A unit is matched with the live flow of its name (an active one before an archived one) or the
 *   live module of its name. Without a match it is created; with one it is updated, unless its
 *   content, references filled in, is the same JSON as the live content (and a module's settings
 *   the same as the live settings), when it is left unchanged.
 * - What a unit refers to is written before it: references between units (`{{flow:X}}`,
 *   `{{flowModule:X}}` naming a unit of the run) resolve to the unit's ARN on this instance,
 *   whatever the environment says. Modules come first where nothing else decides, then names.
 * - Units that refer to each other in a cycle form a group. Inside it, a unit is written once all
 *   it refers to has an ARN; when no unit can be, the first new one is created with placeholder
 *   content (`create-stub`) and filled in once the others exist (`fill`).
 * - Two units with one key, or a unit whose name a flow of another type has, are `problems`: the
 *   run must not start.
 *
 * @example
 * ```ts
 * import { planPublish } from '@contactflow/publish';
 * const plan = planPublish({
 *   units: [{ name: 'Main IVR', flowType: 'CONTACT_FLOW', content: '{"Actions":[]}' }],
 *   flows: [],
 *   modules: [],
 *   contents: new Map(),
 *   environment: {},
 * });
 * plan.units[0]?.action; // 'create'
 * ```
 */
export function planPublish(input: PlanInput): PublishPlan {
  const problems: PlanProblem[] = [];
  const units = [...input.units].sort(unitOrder);
  const byKey = new Map<string, PublishUnit>();
  for (const unit of units) {
    const key = unitKey(unit);
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, unit);
      continue;
    }
    problems.push({
      key,
      message: `${unitLabel(unit)}: ${isModuleUnit(unit) ? 'module' : 'flow'} "${unit.name}" is also published from ${unitLabel(first)}`,
    });
  }
  const keys = [...byKey.keys()];

  const live = new Map<string, LiveSummary>();
  for (const [key, unit] of byKey) {
    if (isModuleUnit(unit)) {
      const found = pickLive(input.modules.filter((m) => m.name === unit.name));
      if (found !== undefined) live.set(key, found);
      continue;
    }
    const found = pickLive(input.flows.filter((f) => f.name === unit.name));
    if (found === undefined) continue;
    if (found.type !== unit.flowType) {
      problems.push({
        key,
        message: `${unitLabel(unit)}: the instance has a ${found.type} flow named "${unit.name}", and this one is ${unit.flowType}; flow names are unique in an instance`,
      });
    }
    live.set(key, found);
  }

  const edges = new Map<string, string[]>();
  for (const [key, unit] of byKey) {
    const references = findPlaceholders(`${unit.content}${unit.settings ?? ''}`);
    const targets = references.flatMap((reference) => {
      const target = referencedKey(reference);
      return target !== undefined && byKey.has(target) ? [target] : [];
    });
    edges.set(key, [...new Set(targets)].sort(compareText));
  }

  // Units resolve to their ARN on this instance; other references to the environment's value.
  const fromEnvironment = environmentLookup(input.environment);
  const previewLookup = (reference: ResourceReference): string | undefined => {
    const target = referencedKey(reference);
    if (target !== undefined && byKey.has(target)) return live.get(target)?.arn;
    return fromEnvironment(reference);
  };

  const ordered = orderComponents(components(keys, edges), edges, byKey);
  const planned = new Map<string, PlannedUnit>();
  const groups: PlanGroup[] = [];
  for (const component of ordered) {
    const group = groups.length;
    const cyclic = component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!);
    const withArn = new Set(component.filter((key) => live.has(key)));
    const pending = [...component];
    const stubbed = new Set<string>();
    const steps: PlanStep[] = [];
    const order: string[] = [];
    while (pending.length > 0) {
      const ready = pending.findIndex((key) =>
        (edges.get(key) ?? []).every(
          (target) => !component.includes(target) || withArn.has(target),
        ),
      );
      if (ready === -1) {
        // Every unit left waits for one without an ARN: give the first new one an ARN now.
        const stub = pending.find((key) => !live.has(key) && !stubbed.has(key))!;
        stubbed.add(stub);
        withArn.add(stub);
        steps.push({ key: stub, operation: 'create-stub' });
        continue;
      }
      const [key] = pending.splice(ready, 1) as [string];
      withArn.add(key);
      order.push(key);
      const unit = byKey.get(key)!;
      const match = live.get(key);
      const preview = fillPlaceholders(unit.content, previewLookup);
      const settingsPreview =
        unit.settings === undefined ? undefined : fillPlaceholders(unit.settings, previewLookup);
      const current = match === undefined ? undefined : input.contents.get(match.arn);
      const unchanged =
        match !== undefined &&
        current !== undefined &&
        preview.unresolved.length === 0 &&
        (settingsPreview?.unresolved.length ?? 0) === 0 &&
        sameJsonContent(preview.text, current.content) &&
        (settingsPreview === undefined || sameJsonContent(settingsPreview.text, current.settings));
      const action: PlannedAction =
        match === undefined ? 'create' : unchanged ? 'unchanged' : 'update';
      if (action !== 'unchanged') {
        steps.push({
          key,
          operation: stubbed.has(key) ? 'fill' : action === 'create' ? 'create' : 'update',
        });
      }
      planned.set(key, {
        unit,
        key,
        action,
        live: match,
        dependsOn: edges.get(key) ?? [],
        group,
        stub: stubbed.has(key),
        preview: preview.text,
        ...(settingsPreview !== undefined && { settingsPreview: settingsPreview.text }),
      });
    }
    groups.push({ keys: order, cyclic, steps });
  }
  return {
    units: groups.flatMap((group) => group.keys.map((key) => planned.get(key)!)),
    groups,
    problems,
  };
}

/**
 * Components in an order where what a component refers to comes first; among those free to go,
 * modules first, then by name. Members of a component in the same order.
 */
function orderComponents(
  found: readonly string[][],
  edges: ReadonlyMap<string, readonly string[]>,
  byKey: ReadonlyMap<string, PublishUnit>,
): string[][] {
  const byUnit = (a: string, b: string) => unitOrder(byKey.get(a)!, byKey.get(b)!);
  const sorted = found.map((component) => [...component].sort(byUnit));
  const componentOf = new Map<string, number>();
  sorted.forEach((component, index) => component.forEach((key) => componentOf.set(key, index)));
  const waitsFor = sorted.map(
    (component, index) =>
      new Set(
        component
          .flatMap((key) => edges.get(key) ?? [])
          .map((target) => componentOf.get(target)!)
          .filter((target) => target !== index),
      ),
  );
  const done = new Set<number>();
  const result: string[][] = [];
  while (result.length < sorted.length) {
    let best: number | undefined;
    for (let index = 0; index < sorted.length; index++) {
      if (done.has(index) || [...waitsFor[index]!].some((target) => !done.has(target))) continue;
      if (best === undefined || byUnit(sorted[index]![0]!, sorted[best]![0]!) < 0) best = index;
    }
    // Components of a strongly connected decomposition form no cycle, so one is always free.
    done.add(best!);
    result.push(sorted[best!]!);
  }
  return result;
}
