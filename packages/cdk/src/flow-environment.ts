import type {
  CfnContactFlow,
  CfnContactFlowModule,
  CfnHoursOfOperation,
  CfnPhoneNumber,
  CfnPrompt,
  CfnQueue,
  CfnQuickConnect,
  CfnTaskTemplate,
  CfnUser,
  CfnView,
} from 'aws-cdk-lib/aws-connect';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnBotAlias } from 'aws-cdk-lib/aws-lex';
import type { ContactFlow } from './contact-flow.js';
import type { ContactFlowModule } from './contact-flow-module.js';

/** Logical names of one resource kind mapped to what stands for them in the stack. */
export type FlowResources<T> = Readonly<Record<string, T | string>>;

/**
 * What the references of a builder flow stand for in a CDK app: per resource kind, the logical
 * name (`queue('Sales')` names `Sales`) mapped to a resource of the app or an ARN string. The keys
 * are those of an environment file, so a plain `Environment` of ARNs fits as it is.
 *
 * Resources are written into the flow as CloudFormation references to their ARN, which also makes
 * CloudFormation create them before the flow.
 *
 * @example
 * ```ts
 * import { App, Stack } from 'aws-cdk-lib/core';
 * import { CfnQueue } from 'aws-cdk-lib/aws-connect';
 * import type { FlowEnvironment } from '@contactflow/cdk';
 * const stack = new Stack(new App(), 'Contact');
 * const sales = new CfnQueue(stack, 'Sales', {
 *   instanceArn: 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
 *   name: 'Sales',
 *   hoursOfOperationArn: 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/operating-hours/1',
 * });
 * const environment: FlowEnvironment = {
 *   queues: { Sales: sales },
 *   prompts: { Welcome: 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/prompt/2' },
 * };
 * ```
 */
export interface FlowEnvironment {
  readonly queues?: FlowResources<CfnQueue>;
  readonly prompts?: FlowResources<CfnPrompt>;
  readonly hoursOfOperation?: FlowResources<CfnHoursOfOperation>;
  /** Functions here that a flow invokes are associated with the instance and granted to it. */
  readonly lambdaFunctions?: FlowResources<IFunction>;
  /** Amazon Lex V2 bot aliases. */
  readonly lexBots?: FlowResources<CfnBotAlias>;
  readonly flows?: FlowResources<ContactFlow | CfnContactFlow>;
  readonly flowModules?: FlowResources<ContactFlowModule | CfnContactFlowModule>;
  readonly phoneNumbers?: FlowResources<CfnPhoneNumber>;
  readonly quickConnects?: FlowResources<CfnQuickConnect>;
  readonly agents?: FlowResources<CfnUser>;
  readonly views?: FlowResources<CfnView>;
  readonly taskTemplates?: FlowResources<CfnTaskTemplate>;
}
