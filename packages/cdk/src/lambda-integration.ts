import { Names, Stack, type CfnResource } from 'aws-cdk-lib/core';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { ConnectInstance } from './connect-instance.js';

/** What to do for each Lambda function a flow invokes. */
export interface LambdaIntegrationOptions {
  readonly associate: boolean;
  readonly grant: boolean;
}

// One association per instance and function in a stack, whichever of its flows invokes the
// function: CloudFormation refuses a second association of the same function.
function associationsOf(stack: Stack, instance: ConnectInstance): Construct {
  const id = `ContactFlowLambdas${instance.key}`;
  const existing = stack.node.tryFindChild(id);
  return existing instanceof Construct ? existing : new Construct(stack, id);
}

/**
 * Associates each function with the instance (`AWS::Connect::IntegrationAssociation`), which the
 * flow then depends on, and lets Amazon Connect invoke it on behalf of that instance only.
 */
export function integrateLambdas(
  flow: CfnResource,
  functions: readonly IFunction[],
  instance: ConnectInstance,
  options: LambdaIntegrationOptions,
): void {
  const stack = Stack.of(flow);
  for (const fn of new Set(functions)) {
    if (options.associate) {
      const scope = associationsOf(stack, instance);
      const id = Names.uniqueId(fn);
      const association =
        scope.node.tryFindChild(id) ??
        new CfnIntegrationAssociation(scope, id, {
          instanceId: instance.arn,
          integrationType: 'LAMBDA_FUNCTION',
          integrationArn: fn.functionArn,
        });
      flow.node.addDependency(association);
    }
    if (options.grant) {
      const id = `InvokedByConnect${instance.key}`;
      if (fn.node.tryFindChild(id) === undefined) {
        fn.addPermission(id, {
          principal: new ServicePrincipal('connect.amazonaws.com'),
          action: 'lambda:InvokeFunction',
          sourceArn: instance.arn,
          sourceAccount: stack.account,
        });
      }
    }
  }
}
