import type { ResourceKind } from '@contactflow/dsl';
import { CfnResource } from 'aws-cdk-lib/core';
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
import { Construct } from 'constructs';
import { contactFlowBrand, contactFlowModuleBrand, hasBrand } from './construct-brands.js';

interface ArnAttribute {
  readonly kind: ResourceKind;
  readonly arn: (resource: CfnResource) => string;
}

// The flow takes the ARN of each resource (see the Flow-language reference: QueueId, PromptId,
// LambdaFunctionARN, ... accept an ARN); the resource type tells which kind it can stand for.
const arnAttributes: Readonly<Record<string, ArnAttribute>> = {
  'AWS::Connect::Queue': { kind: 'queue', arn: (r) => (r as CfnQueue).attrQueueArn },
  'AWS::Connect::Prompt': { kind: 'prompt', arn: (r) => (r as CfnPrompt).attrPromptArn },
  'AWS::Connect::HoursOfOperation': {
    kind: 'hoursOfOperation',
    arn: (r) => (r as CfnHoursOfOperation).attrHoursOfOperationArn,
  },
  'AWS::Connect::ContactFlow': {
    kind: 'flow',
    arn: (r) => (r as CfnContactFlow).attrContactFlowArn,
  },
  'AWS::Connect::ContactFlowModule': {
    kind: 'flowModule',
    arn: (r) => (r as CfnContactFlowModule).attrContactFlowModuleArn,
  },
  'AWS::Connect::PhoneNumber': {
    kind: 'phoneNumber',
    arn: (r) => (r as CfnPhoneNumber).attrPhoneNumberArn,
  },
  'AWS::Connect::QuickConnect': {
    kind: 'quickConnect',
    arn: (r) => (r as CfnQuickConnect).attrQuickConnectArn,
  },
  'AWS::Connect::User': { kind: 'agent', arn: (r) => (r as CfnUser).attrUserArn },
  'AWS::Connect::View': { kind: 'view', arn: (r) => (r as CfnView).attrViewArn },
  'AWS::Connect::TaskTemplate': {
    kind: 'taskTemplate',
    arn: (r) => (r as CfnTaskTemplate).attrArn,
  },
  'AWS::Lex::BotAlias': { kind: 'lexBot', arn: (r) => (r as CfnBotAlias).attrArn },
};

/**
 * Whether a value is a Lambda function construct (a function, a version, an alias, or one
 * imported by ARN).
 */
export function isLambdaFunction(value: unknown): value is IFunction {
  return (
    Construct.isConstruct(value) &&
    typeof (value as Partial<IFunction>).functionArn === 'string' &&
    typeof (value as Partial<IFunction>).addPermission === 'function'
  );
}

function describe(value: unknown): string {
  if (hasBrand(value, contactFlowBrand)) return `the ContactFlow ${(value as Construct).node.path}`;
  if (hasBrand(value, contactFlowModuleBrand)) {
    return `the ContactFlowModule ${(value as Construct).node.path}`;
  }
  if (CfnResource.isCfnResource(value)) return `the ${value.cfnResourceType} ${value.node.path}`;
  if (Construct.isConstruct(value)) return `the construct ${value.node.path}`;
  if (typeof value === 'string') return 'an empty string';
  return JSON.stringify(value) ?? String(value);
}

/**
 * The ARN a flow is given for one environment entry: a plain string as it is, a resource as a
 * reference to its ARN attribute (a token that CloudFormation resolves); or, when the entry cannot
 * stand for a resource of the kind, the reason.
 */
export function referenceArn(
  kind: ResourceKind,
  entry: unknown,
): { readonly arn: string } | { readonly problem: string } {
  if (typeof entry === 'string' && entry !== '') return { arn: entry };
  if (kind === 'flow' && hasBrand(entry, contactFlowBrand)) {
    return { arn: (entry as { readonly flowArn: string }).flowArn };
  }
  if (kind === 'flowModule' && hasBrand(entry, contactFlowModuleBrand)) {
    return { arn: (entry as { readonly moduleArn: string }).moduleArn };
  }
  if (kind === 'lambdaFunction' && isLambdaFunction(entry)) return { arn: entry.functionArn };
  if (CfnResource.isCfnResource(entry)) {
    const attribute = arnAttributes[entry.cfnResourceType];
    if (attribute?.kind === kind) return { arn: attribute.arn(entry) };
  }
  return { problem: `${describe(entry)} cannot stand for a ${kind}` };
}
