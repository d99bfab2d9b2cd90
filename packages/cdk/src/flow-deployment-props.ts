import type { CfnInstance } from 'aws-cdk-lib/aws-connect';
import type { FlowEnvironment } from './flow-environment.js';

/** Whether a deployed flow or module is in use (`ACTIVE`) or kept aside (`ARCHIVED`). */
export type FlowState = 'ACTIVE' | 'ARCHIVED';

/** What `ContactFlow` and `ContactFlowModule` take besides the builder flow. */
export interface FlowDeploymentProps {
  /** The Amazon Connect instance: a `CfnInstance` of the app, or an instance ARN. */
  readonly instance: CfnInstance | string;
  /** What each reference of the flow stands for; see {@link FlowEnvironment}. */
  readonly environment?: FlowEnvironment;
  /** The name in the instance; the builder flow's name by default. */
  readonly name?: string;
  /** The description in the instance; the builder flow's by default. */
  readonly description?: string;
  /** Left to CloudFormation (`ACTIVE`) by default. */
  readonly state?: FlowState;
  /** Tags of the flow resource. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * Whether each Lambda function construct the flow invokes is associated with the instance
   * (`AWS::Connect::IntegrationAssociation`), once per stack. `true` by default; turn it off when the
   * association is made elsewhere. Functions given as ARN strings are never associated.
   */
  readonly associateLambdas?: boolean;
  /**
   * Whether each Lambda function construct the flow invokes gets a resource policy statement that
   * lets `connect.amazonaws.com` invoke it for this instance and account. `true` by default.
   */
  readonly grantLambdas?: boolean;
  /**
   * Whether each Amazon Lex V2 bot alias construct (`CfnBotAlias`) the flow talks to is associated
   * with the instance (`AWS::Connect::IntegrationAssociation` of type `LEX_BOT`), once per stack.
   * `true` by default. Bots given as ARN strings are never associated.
   */
  readonly associateLexBots?: boolean;
}
