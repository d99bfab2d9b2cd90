import { resourceKinds, type EnvironmentKey } from '@contactflow/dsl';
import { environmentObject } from '../environment-object.js';

/** The deploy tools a flow can be built for, besides publishing it. */
export type DeployTarget = 'terraform' | 'cloudformation';

/**
 * What a deploy environment gives for a reference or the instance: an ARN or id as text, or an
 * expression of the deploy tool (`"${aws_connect_queue.sales.arn}"` for Terraform,
 * `{ "Fn::ImportValue": "shared-sales-queue-arn" }` for CloudFormation).
 */
export type DeployValue = string | { readonly [key: string]: unknown };

/**
 * The environment of a Terraform or CloudFormation build: the keys of an environment file, each
 * mapping logical names to what the deploy tool should write for them, and the instance. A
 * reference it does not name becomes an input of the output (a variable, a parameter).
 */
export type DeployEnvironment = {
  readonly [key in EnvironmentKey]?: { readonly [name: string]: DeployValue };
} & {
  /** The instance: its id for Terraform (`instance_id`), its ARN for CloudFormation. */
  readonly instance?: DeployValue;
};

/** The outcome of reading a deploy environment: the environment, or one line saying what is wrong. */
export type ParsedDeployEnvironment =
  | { readonly environment: DeployEnvironment; readonly error?: undefined }
  | { readonly environment?: undefined; readonly error: string };

const knownKeys = new Set<string>(Object.values(resourceKinds));

/** A whole Terraform template interpolation, and no other in the text. */
const terraformExpression = /^\$\{(?:(?!\$\{)[\s\S])+\}$/;

/** What is wrong with a value for the target, or undefined. */
function valueProblem(value: unknown, target: DeployTarget): string | undefined {
  if (target === 'terraform') {
    if (typeof value !== 'string' || value === '') {
      return 'must be an ARN or id, or a Terraform expression such as "${aws_connect_queue.sales.arn}"';
    }
    if (/[$%]\{/.test(value) && !terraformExpression.test(value)) {
      return 'must be one whole Terraform expression, "${...}", or text without "${" and "%{"';
    }
    return undefined;
  }
  if (typeof value === 'string') {
    if (value === '') return 'must not be empty';
    if (value.includes('${')) {
      return 'is text with "${" in it: write a CloudFormation reference as an object, such as { "Fn::ImportValue": "shared-sales-queue-arn" }';
    }
    return undefined;
  }
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  if (Array.isArray(value) || keys.length !== 1 || !/^(Ref|Fn::[A-Za-z]+)$/.test(keys[0]!)) {
    return 'must be an ARN or id, or one CloudFormation intrinsic function such as { "Ref": "SalesQueueArn" } or { "Fn::ImportValue": "shared-sales-queue-arn" }';
  }
  return undefined;
}

/**
 * Reads the environment of a `terraform` or `cloudformation` build: an environment file's keys
 * (`queues`, `lambdaFunctions`, ...) and `instance`, with values as {@link DeployValue} says.
 *
 * @example
 * ```ts
 * import { parseDeployEnvironment } from '@contactflow/compiler';
 * const { environment, error } = parseDeployEnvironment(
 *   '{ "queues": { "Sales": "${aws_connect_queue.sales.arn}" } }',
 *   'environments/terraform.json',
 *   'terraform',
 * );
 * ```
 */
export function parseDeployEnvironment(
  text: string,
  fileName: string,
  target: DeployTarget,
): ParsedDeployEnvironment {
  const read = environmentObject(text, fileName);
  if ('error' in read) return { error: read.error };
  for (const [key, names] of Object.entries(read.entries)) {
    if (key === 'instance') {
      const problem = valueProblem(names, target);
      if (problem !== undefined) return { error: `${fileName}: instance ${problem}` };
      continue;
    }
    if (!knownKeys.has(key)) {
      return {
        error: `${fileName}: unknown key "${key}" (expected instance or one of ${[...knownKeys].join(', ')})`,
      };
    }
    if (typeof names !== 'object' || names === null || Array.isArray(names)) {
      return { error: `${fileName}: "${key}" must map logical names to ARNs or expressions` };
    }
    for (const [name, entry] of Object.entries(names)) {
      const problem = valueProblem(entry, target);
      if (problem !== undefined) return { error: `${fileName}: ${key}."${name}" ${problem}` };
    }
  }
  return { environment: read.entries as DeployEnvironment };
}
