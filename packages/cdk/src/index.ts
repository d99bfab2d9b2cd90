/**
 * AWS CDK constructs that deploy contactflow builder flows: `ContactFlow` and `ContactFlowModule`
 * compile a flow and write it as a CloudFormation resource whose references to queues, prompts,
 * Lambda functions and other flows are references to the app's resources.
 *
 * @packageDocumentation
 */
export * from './contact-flow.js';
export * from './contact-flow-module.js';
export * from './flow-deployment-props.js';
export * from './flow-environment.js';
