import { Names, Stack, type CfnResource } from 'aws-cdk-lib/core';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import { Construct, type IConstruct } from 'constructs';
import type { ConnectInstance } from './connect-instance.js';

/** The integrations a flow may need associated with its instance, and the scope of each. */
const scopes = { LAMBDA_FUNCTION: 'ContactFlowLambdas', LEX_BOT: 'ContactFlowLexBots' } as const;

/**
 * Associates an integration (a Lambda function, a Lex bot alias) with the instance, once per stack
 * and instance however many flows use it, since CloudFormation refuses a second association of the
 * same ARN; the flow depends on the association.
 */
export function associateIntegration(
  flow: CfnResource,
  integration: IConstruct,
  integrationArn: string,
  integrationType: keyof typeof scopes,
  instance: ConnectInstance,
): void {
  const stack = Stack.of(flow);
  const scopeId = `${scopes[integrationType]}${instance.key}`;
  const existing = stack.node.tryFindChild(scopeId);
  const scope = existing instanceof Construct ? existing : new Construct(stack, scopeId);
  const id = Names.uniqueId(integration);
  const association =
    scope.node.tryFindChild(id) ??
    new CfnIntegrationAssociation(scope, id, {
      instanceId: instance.arn,
      integrationType,
      integrationArn,
    });
  flow.node.addDependency(association);
}
