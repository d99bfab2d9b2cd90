import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import {
  departments,
  governmentServicesApp,
} from '../../../examples/iac/government-services-app.js';
import { contentOf, parametersByType, resourceNamed } from './support/template-content.js';

// The example app as `cdk synth` runs it, with CloudFormation's own template checks, no deployment.
const { app, stack } = governmentServicesApp();
const assembly = app.synth();
const template = Template.fromStack(stack);
const content = contentOf(template, 'AWS::Connect::ContactFlow', 'Government Services IVR');

describe('examples/iac', () => {
  test('CloudFormation finds nothing to report in the template', () => {
    const report = join(assembly.directory, 'validation-report.json');
    const violations = existsSync(report)
      ? (
          JSON.parse(readFileSync(report, 'utf8')) as {
            pluginReports?: { violations?: unknown[] }[];
          }
        ).pluginReports?.flatMap((plugin) => plugin.violations ?? [])
      : [];
    expect(violations ?? []).toEqual([]);
  });

  test('the IVR is deployed to the instance the stack creates', () => {
    const instance = Object.keys(template.findResources('AWS::Connect::Instance'))[0]!;
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Government Services IVR',
      Type: 'CONTACT_FLOW',
      InstanceArn: { 'Fn::GetAtt': [instance, 'Arn'] },
      Tags: [{ Key: 'service', Value: 'state-services' }],
    });
  });

  test("each department's Set working queue block refers to its own queue", () => {
    const queueArns = departments.map(
      (name) => `<<${resourceNamed(template, 'AWS::Connect::Queue', name).id}.QueueArn>>`,
    );
    const set = parametersByType(content).get('UpdateContactTargetQueue') as { QueueId: string }[];
    expect(set.map((p) => p.QueueId).sort()).toEqual([...queueArns].sort());
    const hours = Object.keys(template.findResources('AWS::Connect::HoursOfOperation'))[0]!;
    template.allResourcesProperties('AWS::Connect::Queue', {
      HoursOfOperationArn: { 'Fn::GetAtt': [hours, 'HoursOfOperationArn'] },
    });
  });

  test('the three functions are invoked by ARN, associated with the instance and granted', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const ids = ['CheckHoliday', 'GetLastInteraction', 'StoreInteraction'].map((name) =>
      Object.keys(functions).find((id) => id.startsWith(name))!,
    );
    const invoked = (
      parametersByType(content).get('InvokeLambdaFunction') as { LambdaFunctionARN: string }[]
    ).map((p) => p.LambdaFunctionARN);
    expect([...new Set(invoked)].sort()).toEqual(ids.map((id) => `<<${id}.Arn>>`).sort());
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 3);
    template.resourceCountIs('AWS::Lambda::Permission', 3);
    for (const id of ids) {
      template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
        IntegrationType: 'LAMBDA_FUNCTION',
        IntegrationArn: { 'Fn::GetAtt': [id, 'Arn'] },
      });
      template.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [id, 'Arn'] },
        Principal: 'connect.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
      });
    }
  });

  test('no reference is left for publish time', () => {
    expect(content).not.toMatch(/\{\{[A-Za-z]+:/);
    expect(() => JSON.parse(content) as unknown).not.toThrow();
  });

  test('an existing instance is given by ARN from the context', () => {
    const arn =
      'arn:aws:connect:us-east-1:111122223333:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const other = governmentServicesApp({
      context: { instanceArn: arn },
      builtinCloudFormationValidation: false,
    });
    const otherTemplate = Template.fromStack(other.stack);
    otherTemplate.resourceCountIs('AWS::Connect::Instance', 0);
    otherTemplate.hasResourceProperties('AWS::Connect::ContactFlow', { InstanceArn: arn });
    otherTemplate.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: arn,
      IntegrationArn: Match.anyValue(),
    });
  });
});
