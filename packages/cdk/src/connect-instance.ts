import { createHash } from 'node:crypto';
import { CfnResource, Stack } from 'aws-cdk-lib/core';
import type { CfnInstance } from 'aws-cdk-lib/aws-connect';
import type { IConstruct } from 'constructs';

/** The instance a flow is deployed to, as its ARN and a key that is the same on every synth. */
export interface ConnectInstance {
  readonly arn: string;
  /** A short hash that tells instances apart in construct ids. */
  readonly key: string;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
}

/**
 * The ARN of the `instance` prop, a `CfnInstance` or an instance ARN string.
 *
 * @throws Error naming the construct when the prop is neither.
 */
export function connectInstance(scope: IConstruct, instance: unknown): ConnectInstance {
  if (
    CfnResource.isCfnResource(instance) &&
    instance.cfnResourceType === 'AWS::Connect::Instance'
  ) {
    return { arn: (instance as CfnInstance).attrArn, key: shortHash(instance.node.path) };
  }
  if (typeof instance === 'string' && instance !== '') {
    // A token (a parameter, an import) is keyed by what it resolves to, not by its token text,
    // which changes from one synth to the next.
    const resolved: unknown = Stack.of(scope).resolve(instance);
    return { arn: instance, key: shortHash(JSON.stringify(resolved)) };
  }
  const found = CfnResource.isCfnResource(instance)
    ? `the ${instance.cfnResourceType} ${instance.node.path}`
    : (JSON.stringify(instance) ?? String(instance));
  throw new Error(
    `${scope.node.path}: instance takes a CfnInstance or an instance ARN, not ${found}.`,
  );
}
