import { CfnResource } from 'aws-cdk-lib/core';
import type { CfnBotAlias } from 'aws-cdk-lib/aws-lex';
import type { ConnectInstance } from './connect-instance.js';
import { associateIntegration } from './integration-association.js';

/** Whether an environment entry is an Amazon Lex V2 bot alias of the app. */
export function isLexBotAlias(value: unknown): value is CfnBotAlias {
  return CfnResource.isCfnResource(value) && value.cfnResourceType === 'AWS::Lex::BotAlias';
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
  for (const alias of new Set(aliases)) {
    associateIntegration(flow, alias, alias.attrArn, 'LEX_BOT', instance);
  }
}
