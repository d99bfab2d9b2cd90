import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { contactCentreWithFlows } from './support/contact-centre.js';
import { contentOf, parametersByType, resourceNamed } from './support/template-content.js';

// One app for the whole file: every test reads the same synthesised template.
const centre = contactCentreWithFlows();
const template = Template.fromStack(centre.stack);
const logicalId = (construct: { readonly node: { readonly path: string } }, type: string) =>
  Object.keys(template.findResources(type)).find((id) =>
    id.startsWith(construct.node.path.split('/').slice(1).join('')),
  )!;
const ids = {
  instance: logicalId(centre.instance, 'AWS::Connect::Instance'),
  office: logicalId(centre.office, 'AWS::Connect::HoursOfOperation'),
  sales: logicalId(centre.sales, 'AWS::Connect::Queue'),
  welcome: logicalId(centre.welcome, 'AWS::Connect::Prompt'),
  desk: logicalId(centre.desk, 'AWS::Connect::QuickConnect'),
  isHoliday: logicalId(centre.isHoliday, 'AWS::Lambda::Function'),
  whisper: resourceNamed(template, 'AWS::Connect::ContactFlow', 'Agent whisper').id,
  overflow: resourceNamed(template, 'AWS::Connect::ContactFlow', 'Overflow').id,
  main: resourceNamed(template, 'AWS::Connect::ContactFlow', 'Main').id,
  payments: resourceNamed(template, 'AWS::Connect::ContactFlowModule', 'Payments').id,
};
const mainContent = contentOf(template, 'AWS::Connect::ContactFlow', 'Main');
const mainParameters = parametersByType(mainContent);

describe('ContactFlow', () => {
  test('writes the flow with its name, type, description and instance', () => {
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Main',
      Type: 'CONTACT_FLOW',
      Description: 'The main number.',
      InstanceArn: { 'Fn::GetAtt': [ids.instance, 'Arn'] },
      Content: { 'Fn::Join': ['', Match.anyValue()] },
      State: Match.absent(),
      Tags: Match.absent(),
    });
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Agent whisper',
      Type: 'AGENT_WHISPER',
      Description: Match.absent(),
    });
  });

  test('takes state and tags from the props', () => {
    template.hasResourceProperties('AWS::Connect::ContactFlow', {
      Name: 'Overflow',
      Description: 'Callers the main flow cannot place.',
      State: 'ACTIVE',
      Tags: [{ Key: 'team', Value: 'contact-centre' }],
    });
  });

  test('the content is Flow-language JSON once CloudFormation resolves the references', () => {
    const document = JSON.parse(mainContent) as { Version: string; Actions: unknown[] };
    expect(document.Version).toBe('2019-10-30');
    expect(document.Actions).toHaveLength(10);
    expect(mainContent).not.toMatch(/\{\{[A-Za-z]+:/);
    expect(mainContent).not.toContain('${Token');
  });

  test('each reference is the ARN attribute of the resource the environment names', () => {
    expect(mainParameters.get('UpdateContactTargetQueue')).toEqual([
      { QueueId: `<<${ids.sales}.QueueArn>>` },
    ]);
    expect(mainParameters.get('MessageParticipant')).toEqual([
      { PromptId: `<<${ids.welcome}.PromptArn>>` },
    ]);
    expect(mainParameters.get('CheckHoursOfOperation')).toEqual([
      { HoursOfOperationId: `<<${ids.office}.HoursOfOperationArn>>` },
    ]);
    expect(mainParameters.get('InvokeLambdaFunction')).toEqual([
      expect.objectContaining({ LambdaFunctionARN: `<<${ids.isHoliday}.Arn>>` }),
    ]);
    expect(mainParameters.get('InvokeFlowModule')).toEqual([
      expect.objectContaining({ FlowModuleId: `<<${ids.payments}.ContactFlowModuleArn>>` }),
    ]);
    expect(mainParameters.get('UpdateContactEventHooks')).toEqual([
      { EventHooks: { AgentWhisper: `<<${ids.whisper}.ContactFlowArn>>` } },
    ]);
    expect(mainParameters.get('UpdateContactData')).toEqual([
      { QuickConnectId: `<<${ids.desk}.QuickConnectArn>>` },
    ]);
  });

  test('a flow that transfers to another ContactFlow refers to its ARN, so it is created after it', () => {
    expect(mainParameters.get('TransferToFlow')).toEqual([
      { ContactFlowId: `<<${ids.overflow}.ContactFlowArn>>` },
    ]);
    const parts = (
      resourceNamed(template, 'AWS::Connect::ContactFlow', 'Main').properties['Content'] as {
        'Fn::Join': [string, unknown[]];
      }
    )['Fn::Join'][1];
    expect(parts).toContainEqual({ 'Fn::GetAtt': [ids.overflow, 'ContactFlowArn'] });
    expect(centre.mainFlow.flowArn).toBe(centre.mainFlow.resource.attrContactFlowArn);
  });

  test('a flow without references is written as plain text', () => {
    const whisper = resourceNamed(template, 'AWS::Connect::ContactFlow', 'Agent whisper');
    expect(typeof whisper.properties['Content']).toBe('string');
  });
});

describe('ContactFlowModule', () => {
  test('writes the module with its settings and its own references', () => {
    const module = resourceNamed(template, 'AWS::Connect::ContactFlowModule', 'Payments');
    const settings = JSON.parse(module.properties['Settings'] as string) as {
      InputParameters: unknown[];
      Transitions: { ReferenceName: string }[];
    };
    expect(settings.InputParameters).toEqual([
      { Name: 'amount', Type: 'Number', Description: '', Required: true },
    ]);
    expect(settings.Transitions.map((t) => t.ReferenceName)).toEqual([
      'Success',
      'Error',
      'Declined',
    ]);
    const content = contentOf(template, 'AWS::Connect::ContactFlowModule', 'Payments');
    expect(parametersByType(content).get('InvokeLambdaFunction')).toEqual([
      expect.objectContaining({ LambdaFunctionARN: `<<${ids.isHoliday}.Arn>>` }),
    ]);
  });
});

describe('Lambda functions', () => {
  test('a function the flows invoke is associated with the instance once', () => {
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      InstanceId: { 'Fn::GetAtt': [ids.instance, 'Arn'] },
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [ids.isHoliday, 'Arn'] },
    });
  });

  test('the flows that invoke it are created after the association', () => {
    const [association] = Object.keys(
      template.findResources('AWS::Connect::IntegrationAssociation'),
    );
    const resources = template.toJSON().Resources as Record<string, { DependsOn?: string[] }>;
    expect(resources[ids.main]?.DependsOn).toContain(association);
    expect(resources[ids.payments]?.DependsOn).toContain(association);
    expect(resources[ids.whisper]?.DependsOn).toBeUndefined();
  });

  test('Amazon Connect may invoke it for this instance and account only', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [ids.isHoliday, 'Arn'] },
      Principal: 'connect.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [ids.instance, 'Arn'] },
      SourceAccount: '111122223333',
    });
  });
});
