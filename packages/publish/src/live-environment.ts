import {
  ResourceReference,
  resourceKinds,
  type Environment,
  type ResourceKind,
} from '@contactflow/dsl';
import type { ConnectGateway, LiveResource } from './gateway.js';

/** What {@link environmentFromResources} and {@link liveEnvironment} return. */
export interface LiveEnvironment {
  /** Per kind, each name to the ARN of the one resource that has it. */
  readonly environment: Environment;
  /** Names several resources of a kind share: a reference to one of them cannot be resolved. */
  readonly ambiguous: readonly ResourceReference[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns listed resources into an environment (name to ARN per kind), names in code-point order so
 * that the same instance gives the same environment. A name two resources of one kind share is left
 * out and reported as ambiguous.
 *
 * @example
 * ```ts
 * import { environmentFromResources } from '@contactflow/publish';
 * const { environment } = environmentFromResources([
 *   { kind: 'queue', name: 'Sales', arn: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/q1' },
 * ]);
 * environment.queues?.['Sales']; // 'arn:aws:connect:...'
 * ```
 */
export function environmentFromResources(resources: readonly LiveResource[]): LiveEnvironment {
  const byKind = new Map<ResourceKind, Map<string, Set<string>>>();
  for (const resource of resources) {
    const names = byKind.get(resource.kind) ?? new Map<string, Set<string>>();
    byKind.set(resource.kind, names);
    const arns = names.get(resource.name) ?? new Set<string>();
    arns.add(resource.arn);
    names.set(resource.name, arns);
  }
  const environment: Record<string, Record<string, string>> = {};
  const ambiguous: ResourceReference[] = [];
  for (const kind of Object.keys(resourceKinds) as ResourceKind[]) {
    const names = byKind.get(kind);
    if (names === undefined) continue;
    const entries: Record<string, string> = {};
    for (const name of [...names.keys()].sort(compareText)) {
      const arns = names.get(name)!;
      if (arns.size === 1) entries[name] = [...arns][0]!;
      else ambiguous.push(new ResourceReference(kind, name));
    }
    environment[resourceKinds[kind]] = entries;
  }
  return { environment: environment as Environment, ambiguous };
}

/**
 * Lists every resource of the given kinds on the instance, following every page.
 *
 * @example
 * ```ts
 * import { createConnectGateway, listLiveResources } from '@contactflow/publish';
 * const gateway = createConnectGateway({ instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
 * const queues = await listLiveResources(gateway, ['queue']);
 * ```
 */
export async function listLiveResources(
  gateway: ConnectGateway,
  kinds: Iterable<ResourceKind>,
): Promise<LiveResource[]> {
  const lists = [];
  // One kind at a time: a burst of list calls is what throttling punishes first.
  for (const kind of new Set(kinds)) lists.push(await gateway.listResources(kind));
  return lists.flat();
}

/**
 * The environment an instance itself gives, for the kinds asked: each resource's name (as
 * `resourceNaming` says) to its ARN. Publishing resolves with it what the environment file does not
 * name, and `pull` writes the names it finds.
 *
 * @example
 * ```ts
 * import { createConnectGateway, liveEnvironment } from '@contactflow/publish';
 * const gateway = createConnectGateway({ instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
 * const { environment } = await liveEnvironment(gateway, ['queue', 'prompt']);
 * ```
 */
export async function liveEnvironment(
  gateway: ConnectGateway,
  kinds: Iterable<ResourceKind>,
): Promise<LiveEnvironment> {
  return environmentFromResources(await listLiveResources(gateway, kinds));
}
