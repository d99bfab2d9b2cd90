import { CfnResource, Names, Stack } from 'aws-cdk-lib/core';
import { CfnIntegrationAssociation } from 'aws-cdk-lib/aws-connect';
import type { CfnBotAlias } from 'aws-cdk-lib/aws-lex';
import { Construct } from 'constructs';
import type { ConnectInstance } from './connect-instance.js';

/** Whether an environment entry is an Amazon Lex V2 bot alias of the app. */
export function isLexBotAlias(value: unknown): value is CfnBotAlias {
  return CfnResource.isCfnResource(value) && value.cfnResourceType === 'AWS::Lex::BotAlias';
}

// One association per instance and bot alias in a stack, as for Lambda functions: CloudFormation
// refuses a second association of the same alias.
function associationsOf(stack: Stack, instance: ConnectInstance): Construct {
  const id = `ContactFlowLexBots${instance.key}`;
  const existing = stack.node.tryFindChild(id);
  return existing instanceof Construct ? existing : new Construct(stack, id);
}

/**
 * Associates each Amazon Lex V2 bot alias with the instance (`AWS::Connect::IntegrationAssociation`
 * of type `LEX_BOT`), which also lets Amazon Connect call the bot; the flow depends on it.
 */
export function associateLexBots(
  flow: CfnResource,
  aliases: readonly CfnBotAlias[],
  instance: ConnectInstance,
): void {
  const stack = Stack.of(flow);
  for (const alias of new Set(aliases)) {
    const scope = associationsOf(stack, instance);
    const id = Names.uniqueId(alias);
    const association =
      scope.node.tryFindChild(id) ??
      new CfnIntegrationAssociation(scope, id, {
        instanceId: instance.arn,
        integrationType: 'LEX_BOT',
        integrationArn: alias.attrArn,
      });
    flow.node.addDependency(association);
  }
}
