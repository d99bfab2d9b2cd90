import type { FlowDefinition } from '@contactflow/dsl';
import { Annotations, type CfnResource, type CfnTag } from 'aws-cdk-lib/core';
import type { Construct } from 'constructs';
import { connectInstance, type ConnectInstance } from './connect-instance.js';
import type { FlowDeploymentProps } from './flow-deployment-props.js';
import { flowContent, type FlowContent } from './flow-content.js';
import { integrateLambdas } from './lambda-integration.js';
import { associateLexBots, isLexBotAlias } from './lex-bot-integration.js';
import { isLambdaFunction } from './reference-arn.js';

/** A builder flow made ready for a stack: the instance and the content with resource references. */
export interface PreparedFlow extends FlowContent {
  readonly instance: ConnectInstance;
}

/** Compiles the flow of a construct and reports the compiler's warnings on the construct. */
export function prepareFlow(
  scope: Construct,
  definition: FlowDefinition,
  props: FlowDeploymentProps,
): PreparedFlow {
  const instance = connectInstance(scope, props.instance);
  const prepared = flowContent(definition, props.environment ?? {}, scope.node.path);
  for (const warning of prepared.warnings) {
    Annotations.of(scope).addWarningV2(`@contactflow/cdk:${warning.code}`, warning.message);
  }
  return { ...prepared, instance };
}

/** The props' tags as CloudFormation writes them. */
export function cfnTags(tags: Readonly<Record<string, string>> | undefined): CfnTag[] | undefined {
  return tags === undefined
    ? undefined
    : Object.entries(tags).map(([key, value]) => ({ key, value }));
}

/**
 * Associates and grants the Lambda functions the flow invokes, and associates the Lex bots it talks
 * to, as the props say.
 */
export function connectFlowIntegrations(
  resource: CfnResource,
  prepared: PreparedFlow,
  props: FlowDeploymentProps,
): void {
  const used = (kind: string) =>
    prepared.used.filter((entry) => entry.kind === kind).map(({ entry }) => entry);
  integrateLambdas(resource, used('lambdaFunction').filter(isLambdaFunction), prepared.instance, {
    associate: props.associateLambdas ?? true,
    grant: props.grantLambdas ?? true,
  });
  if (props.associateLexBots ?? true) {
    associateLexBots(resource, used('lexBot').filter(isLexBotAlias), prepared.instance);
  }
}
