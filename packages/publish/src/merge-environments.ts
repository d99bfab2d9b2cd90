import { resourceKinds, type Environment } from '@contactflow/dsl';

/**
 * One environment from several, kind by kind and name by name: where two give a name, the later
 * one wins. Names are written in code-point order, so merging the same environments gives the same
 * file. Publishing lets the environment file win over what the instance lists; `pull` extends an
 * existing file with the names it found.
 *
 * @example
 * ```ts
 * import { mergeEnvironments } from '@contactflow/publish';
 * const merged = mergeEnvironments({ queues: { Sales: 'arn:old' } }, { queues: { Sales: 'arn:new', Support: 'arn:s' } });
 * merged.queues; // { Sales: 'arn:new', Support: 'arn:s' }
 * ```
 */
export function mergeEnvironments(...environments: readonly Environment[]): Environment {
  const merged: Record<string, Record<string, string>> = {};
  for (const key of Object.values(resourceKinds)) {
    const names: Record<string, string> = {};
    for (const environment of environments) Object.assign(names, environment[key]);
    const sorted = Object.keys(names).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length > 0) merged[key] = Object.fromEntries(sorted.map((n) => [n, names[n]!]));
  }
  return merged as Environment;
}
