import type { FlowDefinition } from '@contactflow/dsl';
import { CfnContactFlow } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { contactFlowBrand, hasBrand } from './construct-brands.js';
import { cfnTags, connectFlowIntegrations, prepareFlow } from './deploy-flow.js';
import type { FlowDeploymentProps } from './flow-deployment-props.js';

/** Props of {@link ContactFlow}. */
export interface ContactFlowProps extends FlowDeploymentProps {
  /** The builder flow (`flow(...)`); its type becomes the resource's `Type`. */
  readonly flow: FlowDefinition;
}

/**
 * An Amazon Connect flow (`AWS::Connect::ContactFlow`) compiled from a builder flow. Each
 * reference of the flow is written as the ARN of what the environment gives for it, as a
 * CloudFormation reference when that is a resource of the app; a Lambda function construct the
 * flow invokes is associated with the instance and may be invoked by Amazon Connect.
 *
 * @example
 * ```ts
 * import { App, Stack } from 'aws-cdk-lib/core';
 * import { CfnQueue } from 'aws-cdk-lib/aws-connect';
 * import { disconnect, flow, queue, setWorkingQueue, transferToQueue } from '@contactflow/dsl';
 * import { ContactFlow } from '@contactflow/cdk';
 *
 * const instanceArn = 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
 * const stack = new Stack(new App(), 'Contact');
 * const sales = new CfnQueue(stack, 'Sales', {
 *   instanceArn,
 *   name: 'Sales',
 *   hoursOfOperationArn: `${instanceArn}/operating-hours/1`,
 * });
 * const bye = disconnect();
 * const toSales = setWorkingQueue({ queue: queue('Sales') })
 *   .then(transferToQueue().onAtCapacity(bye).onError(bye))
 *   .onError(bye);
 * new ContactFlow(stack, 'Main', {
 *   instance: instanceArn,
 *   flow: flow('Main', { start: toSales }),
 *   environment: { queues: { Sales: sales } },
 * });
 * ```
 */
export class ContactFlow extends Construct {
  /**
   * Whether a value is a `ContactFlow`, across copies of this package.
   *
   * @example
   * ```ts
   * import { ContactFlow } from '@contactflow/cdk';
   * ContactFlow.isContactFlow({}); // false
   * ```
   */
  static isContactFlow(value: unknown): value is ContactFlow {
    return hasBrand(value, contactFlowBrand);
  }

  /** @internal */
  readonly [contactFlowBrand] = true;
  /** The CloudFormation resource. */
  readonly resource: CfnContactFlow;
  /** The flow's ARN, a reference to the resource's `ContactFlowArn` attribute. */
  readonly flowArn: string;
  /** The builder flow it was compiled from. */
  readonly flow: FlowDefinition;

  constructor(scope: Construct, id: string, props: ContactFlowProps) {
    super(scope, id);
    if (props.flow.flowType === 'FLOW_MODULE') {
      throw new Error(
        `${this.node.path}: "${props.flow.name}" is a flow module; deploy it with ContactFlowModule.`,
      );
    }
    const prepared = prepareFlow(this, props.flow, props);
    const description = props.description ?? props.flow.description;
    this.resource = new CfnContactFlow(this, 'Resource', {
      instanceArn: prepared.instance.arn,
      name: props.name ?? props.flow.name,
      type: props.flow.flowType,
      content: prepared.content,
      ...(description !== undefined && description !== '' && { description }),
      ...(props.state !== undefined && { state: props.state }),
      ...(props.tags !== undefined && { tags: cfnTags(props.tags) }),
    });
    connectFlowIntegrations(this.resource, prepared, props);
    this.flowArn = this.resource.attrContactFlowArn;
    this.flow = props.flow;
  }
}
