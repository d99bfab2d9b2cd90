import { Stack, type CfnResource } from 'aws-cdk-lib/core';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ConnectInstance } from './connect-instance.js';
import { associateIntegration } from './integration-association.js';

/** What to do for each Lambda function a flow invokes. */
export interface LambdaIntegrationOptions {
  readonly associate: boolean;
  readonly grant: boolean;
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
      associateIntegration(flow, fn, fn.functionArn, 'LAMBDA_FUNCTION', instance);
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
