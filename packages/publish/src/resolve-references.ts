import {
  resourceKinds,
  type Environment,
  type ResourceKind,
  type ResourceReference,
} from '@contactflow/dsl';
import type { LiveEnvironment } from './live-environment.js';
import { mergeEnvironments } from './merge-environments.js';
import { environmentLookup, findPlaceholders } from './placeholders.js';
import { isModuleUnit, unitLabel, type PublishUnit } from './publish-unit.js';
import type { UnresolvedReference } from './publish-result.js';

/** What {@link resolveReferences} returns. */
export interface ResolvedReferences {
  /** The environment file's names over the instance's. */
  readonly environment: Environment;
  /** Each reference neither gives, with the units that use it. */
  readonly unresolved: readonly UnresolvedReference[];
}

function isUnitReference(reference: ResourceReference, units: readonly PublishUnit[]): boolean {
  const module = reference.kind === 'flowModule';
  if (!module && reference.kind !== 'flow') return false;
  return units.some((unit) => isModuleUnit(unit) === module && unit.name === reference.name);
}

/** The references of the units that are not to units of the run, per unit. */
function externalReferences(units: readonly PublishUnit[]): [PublishUnit, ResourceReference[]][] {
  return units.map((unit) => [
    unit,
    findPlaceholders(`${unit.content}\n${unit.settings ?? ''}`).filter(
      (reference) => !isUnitReference(reference, units),
    ),
  ]);
}

/**
 * The kinds of resource the units refer to that the environment file does not settle: the lists
 * publishing has to read from the instance. References to units of the run need no lookup.
 *
 * @example
 * ```ts
 * import { kindsToList } from '@contactflow/publish';
 * const unit = { name: 'Main', flowType: 'CONTACT_FLOW', content: '{"QueueId":"{{queue:Sales}}"}' } as const;
 * kindsToList([unit], {}); // Set { 'queue' }
 * ```
 */
export function kindsToList(
  units: readonly PublishUnit[],
  environment: Environment,
): Set<ResourceKind> {
  const lookup = environmentLookup(environment);
  const kinds = new Set<ResourceKind>();
  for (const [, references] of externalReferences(units)) {
    for (const reference of references) {
      if (lookup(reference) === undefined) kinds.add(reference.kind);
    }
  }
  return kinds;
}

/**
 * Settles every reference of the units that is not to a unit of the run: from the environment
 * file first, else from what the instance lists. The ones left are listed with the units that use
 * them, in kind order (as `resourceKinds` lists the kinds) and then by name.
 *
 * @example
 * ```ts
 * import { resolveReferences } from '@contactflow/publish';
 * const unit = { name: 'Main', flowType: 'CONTACT_FLOW', content: '{"QueueId":"{{queue:Sales}}"}', file: 'main.json' } as const;
 * const { unresolved } = resolveReferences([unit], {}, { environment: {}, ambiguous: [] });
 * unresolved[0]?.usedBy; // ['main.json']
 * ```
 */
export function resolveReferences(
  units: readonly PublishUnit[],
  fileEnvironment: Environment,
  live: LiveEnvironment,
): ResolvedReferences {
  const environment = mergeEnvironments(live.environment, fileEnvironment);
  const lookup = environmentLookup(environment);
  const ambiguous = new Set(live.ambiguous.map((r) => `${r.kind}:${r.name}`));
  const missing = new Map<string, { reference: ResourceReference; usedBy: string[] }>();
  for (const [unit, references] of externalReferences(units)) {
    for (const reference of references) {
      if (lookup(reference) !== undefined) continue;
      const key = `${reference.kind}:${reference.name}`;
      const entry = missing.get(key) ?? { reference, usedBy: [] };
      if (!entry.usedBy.includes(unitLabel(unit))) entry.usedBy.push(unitLabel(unit));
      missing.set(key, entry);
    }
  }
  const kindOrder = Object.keys(resourceKinds);
  const unresolved = [...missing.entries()]
    .sort(
      ([, a], [, b]) =>
        kindOrder.indexOf(a.reference.kind) - kindOrder.indexOf(b.reference.kind) ||
        (a.reference.name < b.reference.name ? -1 : a.reference.name > b.reference.name ? 1 : 0),
    )
    .map(([key, { reference, usedBy }]) => ({
      kind: reference.kind,
      name: reference.name,
      usedBy,
      reason: ambiguous.has(key) ? ('ambiguous' as const) : ('missing' as const),
    }));
  return { environment, unresolved };
}

/**
 * One line about an unresolved reference, for messages.
 *
 * @example
 * ```ts
 * import { describeUnresolved } from '@contactflow/publish';
 * describeUnresolved({ kind: 'queue', name: 'Sales', usedBy: ['main.json'], reason: 'missing' });
 * // 'main.json: no queue "Sales" in the environment or on the instance'
 * ```
 */
export function describeUnresolved(reference: UnresolvedReference): string {
  const what =
    reference.reason === 'ambiguous'
      ? `several ${reference.kind} resources are named "${reference.name}" on the instance; name the one meant in the environment file`
      : `no ${reference.kind} "${reference.name}" in the environment or on the instance`;
  return `${reference.usedBy.join(', ')}: ${what}`;
}
