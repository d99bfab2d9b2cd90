import type { EnvironmentKey } from './resource-kind.js';

/**
 * What an environment file holds: per resource kind, logical name to ARN or id.
 *
 * @example
 * ```ts
 * import type { Environment } from '@contactflow/dsl';
 * const dev: Environment = {
 *   queues: { Sales: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/def' },
 * };
 * ```
 */
export type Environment = {
  readonly [K in EnvironmentKey]?: Readonly<Record<string, string>>;
};
