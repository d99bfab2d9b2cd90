import type { ResourceKind } from '@contactflow/dsl';

/**
 * What each kind of resource is known by when references are resolved live and when `pull` turns
 * ARNs back into names: the name people see in the console where the List API returns one, so that
 * the same name finds the matching resource of another instance. The value put in a flow is always
 * the resource's ARN.
 *
 * | kind | List API | name |
 * | --- | --- | --- |
 * | queue | ListQueues (standard queues) | `Name` |
 * | prompt | ListPrompts | `Name` |
 * | hoursOfOperation | ListHoursOfOperations | `Name` |
 * | lambdaFunction | ListLambdaFunctions | the function name in the ARN, with its `:alias` or `:version` when the ARN has one |
 * | lexBot | ListBots (Lex V2) | `<bot id>/<alias id>` from the alias ARN: the Amazon Connect API gives no bot or alias name |
 * | flow | ListContactFlows | `Name` |
 * | flowModule | ListContactFlowModules | `Name` |
 * | phoneNumber | ListPhoneNumbersV2 | the number in E.164 (`+18005550100`) |
 * | quickConnect | ListQuickConnects | `Name` |
 * | agent | ListUsers | `Username` |
 * | view | ListViews | `Name` |
 * | taskTemplate | ListTaskTemplates | `Name` |
 *
 * Lex bot ids differ between instances and accounts, so a flow that uses a bot needs an environment
 * file entry (`lexBots`) to move between them.
 *
 * @example
 * ```ts
 * import { resourceNaming } from '@contactflow/publish';
 * resourceNaming.agent; // 'Username'
 * ```
 */
export const resourceNaming: Readonly<Record<ResourceKind, string>> = {
  queue: 'Name',
  prompt: 'Name',
  hoursOfOperation: 'Name',
  lambdaFunction: 'function name',
  lexBot: 'bot id/alias id',
  flow: 'Name',
  flowModule: 'Name',
  phoneNumber: 'E.164 number',
  quickConnect: 'Name',
  agent: 'Username',
  view: 'Name',
  taskTemplate: 'Name',
};

/**
 * The name a Lambda function is known by: the part of its ARN after `function:`, qualifier
 * included (`isHoliday`, `isHoliday:live`); the ARN itself when it is not a function ARN.
 *
 * @example
 * ```ts
 * import { lambdaFunctionName } from '@contactflow/publish';
 * lambdaFunctionName('arn:aws:lambda:us-east-1:111122223333:function:isHoliday'); // 'isHoliday'
 * ```
 */
export function lambdaFunctionName(arn: string): string {
  const at = arn.indexOf(':function:');
  return at === -1 ? arn : arn.slice(at + ':function:'.length);
}

/**
 * The name a Lex V2 bot alias is known by: `<bot id>/<alias id>` from its ARN
 * (`arn:aws:lex:<region>:<account>:bot-alias/<bot id>/<alias id>`); the ARN itself otherwise.
 *
 * @example
 * ```ts
 * import { lexBotName } from '@contactflow/publish';
 * lexBotName('arn:aws:lex:us-east-1:111122223333:bot-alias/BOT123/ALIAS9'); // 'BOT123/ALIAS9'
 * ```
 */
export function lexBotName(aliasArn: string): string {
  const at = aliasArn.indexOf(':bot-alias/');
  return at === -1 ? aliasArn : aliasArn.slice(at + ':bot-alias/'.length);
}
