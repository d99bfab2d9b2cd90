import type { FlowModuleDefinition } from '@contactflow/dsl';
import { CfnContactFlowModule } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { contactFlowModuleBrand, hasBrand } from './construct-brands.js';
import { cfnTags, connectFlowIntegrations, prepareFlow } from './deploy-flow.js';
import type { FlowDeploymentProps } from './flow-deployment-props.js';

/** Props of {@link ContactFlowModule}. */
export interface ContactFlowModuleProps extends FlowDeploymentProps {
  /** The builder module (`flowModule(...)`); its inputs, outputs and results become `Settings`. */
  readonly module: FlowModuleDefinition;
}

/**
 * An Amazon Connect flow module (`AWS::Connect::ContactFlowModule`) compiled from a builder
 * module, with references resolved as {@link ContactFlow} resolves them. Give the construct to
 * the `flowModules` of a flow's environment to invoke the module from that flow.
 *
 * @example
 * ```ts
 * import { App, Stack } from 'aws-cdk-lib/core';
 * import { flowModule, returnFromModule } from '@contactflow/dsl';
 * import { ContactFlowModule } from '@contactflow/cdk';
 *
 * const stack = new Stack(new App(), 'Contact');
 * new ContactFlowModule(stack, 'Payments', {
 *   instance: 'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
 *   module: flowModule('Payments', { start: returnFromModule() }),
 * });
 * ```
 */
export class ContactFlowModule extends Construct {
  /**
   * Whether a value is a `ContactFlowModule`, across copies of this package.
   *
   * @example
   * ```ts
   * import { ContactFlowModule } from '@contactflow/cdk';
   * ContactFlowModule.isContactFlowModule({}); // false
   * ```
   */
  static isContactFlowModule(value: unknown): value is ContactFlowModule {
    return hasBrand(value, contactFlowModuleBrand);
  }

  /** @internal */
  readonly [contactFlowModuleBrand] = true;
  /** The CloudFormation resource. */
  readonly resource: CfnContactFlowModule;
  /** The module's ARN, a reference to the resource's `ContactFlowModuleArn` attribute. */
  readonly moduleArn: string;
  /** The builder module it was compiled from. */
  readonly module: FlowModuleDefinition;

  constructor(scope: Construct, id: string, props: ContactFlowModuleProps) {
    super(scope, id);
    if (props.module.flowType !== 'FLOW_MODULE') {
      throw new Error(
        `${this.node.path}: "${props.module.name}" is a flow, not a module; deploy it with ContactFlow.`,
      );
    }
    const prepared = prepareFlow(this, props.module, props);
    const description = props.description ?? props.module.description;
    this.resource = new CfnContactFlowModule(this, 'Resource', {
      instanceArn: prepared.instance.arn,
      name: props.name ?? props.module.name,
      content: prepared.content,
      ...(prepared.settings !== undefined && { settings: prepared.settings }),
      ...(description !== undefined && description !== '' && { description }),
      ...(props.state !== undefined && { state: props.state }),
      ...(props.tags !== undefined && { tags: cfnTags(props.tags) }),
    });
    connectFlowIntegrations(this.resource, prepared, props);
    this.moduleArn = this.resource.attrContactFlowModuleArn;
    this.module = props.module;
  }
}
