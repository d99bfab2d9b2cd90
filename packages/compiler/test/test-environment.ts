import { createHash } from 'node:crypto';
import { resourceKinds, type Environment, type ResourceKind } from '@contactflow/dsl';

const instance =
  'arn:aws:connect:us-east-1:111122223333:instance/5f1c6d2e-8a4b-4c3d-9e0f-1a2b3c4d5e6f';

function uuidOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const arnOf: Record<ResourceKind, (name: string) => string> = {
  queue: (name) => `${instance}/queue/${uuidOf(name)}`,
  prompt: (name) => `${instance}/prompt/${uuidOf(name)}`,
  hoursOfOperation: (name) => `${instance}/operating-hours/${uuidOf(name)}`,
  lambdaFunction: (name) =>
    `arn:aws:lambda:us-east-1:111122223333:function:${name.replace(/[^A-Za-z0-9-_]/g, '-')}`,
  lexBot: (name) =>
    `arn:aws:lex:us-east-1:111122223333:bot-alias/${uuidOf(name).slice(0, 10).toUpperCase()}/TSTALIASID`,
  flow: (name) => `${instance}/contact-flow/${uuidOf(name)}`,
  flowModule: (name) => `${instance}/flow-module/${uuidOf(name)}`,
  phoneNumber: (name) => `arn:aws:connect:us-east-1:111122223333:phone-number/${uuidOf(name)}`,
  quickConnect: (name) => `${instance}/transfer-destination/${uuidOf(name)}`,
  agent: (name) => `${instance}/agent/${uuidOf(name)}`,
  view: (name) => `${instance}/view/${uuidOf(name)}`,
  taskTemplate: (name) => `${instance}/task-template/${uuidOf(name)}`,
};

/**
 * An environment that names every resource a test flow refers to, with an ARN of the right shape
 * made from the logical name.
 */
export const anyNameEnvironment: Environment = Object.fromEntries(
  (Object.entries(resourceKinds) as [ResourceKind, string][]).map(([kind, key]) => [
    key,
    new Proxy(
      {},
      { get: (_target, name) => (typeof name === 'string' ? arnOf[kind](name) : undefined) },
    ),
  ]),
);
