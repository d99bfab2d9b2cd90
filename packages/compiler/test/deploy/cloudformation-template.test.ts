import {
  cloudFormationQuotas,
  cloudFormationTemplate,
  compile,
  type DeployableFlow,
  type DeployOutput,
} from '@contactflow/compiler';
import {
  disconnect,
  flow,
  flowRef,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToFlow,
  transferToQueue,
} from '@contactflow/dsl';
import { describe, expect, test } from 'vitest';
import { connectResources, resourceProblems } from './cloudformation-resource-spec.js';
import { applicationExamples, everyExample, literalArnsOfExamples } from './deploy-examples.js';
import {
  arnOf,
  compiledWithArns,
  expressionsOfReferences,
  writtenExpression,
} from './rendered-references.js';
import { renderSub } from './render-sub.js';

interface Template {
  AWSTemplateFormatVersion: string;
  Parameters?: Record<string, { Type: string; Description: string }>;
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Outputs: Record<string, { Value: { 'Fn::GetAtt': [string, string] } }>;
}

function templateOf(output: DeployOutput): Template {
  expect(output.files.map((file) => file.name)).toEqual(['flows.template.json']);
  return JSON.parse(output.files[0]!.text) as Template;
}

/** The flow's resource: the one whose Name is the flow's name. */
function resourceOf(template: Template, definition: DeployableFlow['definition']) {
  const found = Object.entries(template.Resources).filter(
    ([, resource]) => resource.Properties['Name'] === definition.name,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * Checks a template against the CloudFormation resource specification, and that each flow's
 * content renders to the compiled flow with every reference a parameter, an attribute of a
 * resource of the template, or a variable of its Fn::Sub. Returns the expression of each reference.
 */
function checkTemplate(output: DeployOutput, flows: readonly DeployableFlow[]) {
  expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const template = templateOf(output);
  expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
  const sections = [
    'AWSTemplateFormatVersion',
    'Description',
    'Parameters',
    'Resources',
    'Outputs',
  ];
  expect(Object.keys(template).filter((key) => !sections.includes(key))).toEqual([]);
  const parameters = new Set(Object.keys(template.Parameters ?? {}));
  const used = new Set<string>();
  for (const [id, resource] of Object.entries(template.Resources)) {
    expect(resourceProblems(id, resource)).toEqual([]);
  }
  const attributeExists = ([id, attribute]: readonly string[]) => {
    const resource = template.Resources[id!];
    expect(resource, id).toBeDefined();
    expect(Object.keys(connectResources.get(resource!.Type)!.attributes)).toContain(attribute);
  };
  for (const output of Object.values(template.Outputs)) attributeExists(output.Value['Fn::GetAtt']);
  const instance =
    template.Resources[Object.keys(template.Resources)[0]!]!.Properties['InstanceArn'];
  if (typeof instance === 'object' && instance !== null && 'Ref' in instance)
    used.add(String(instance.Ref));

  const expressions = new Map<string, string>();
  for (const flow of flows) {
    const [, resource] = resourceOf(template, flow.definition);
    const content = resource.Properties['Content'];
    const [text, variables] =
      typeof content === 'string'
        ? [content, {}]
        : Array.isArray((content as { 'Fn::Sub': unknown })['Fn::Sub'])
          ? (content as { 'Fn::Sub': [string, Record<string, unknown>] })['Fn::Sub']
          : [(content as { 'Fn::Sub': string })['Fn::Sub'], {}];
    // A name in the Sub text must be a variable of the Sub, a parameter or a resource attribute.
    const declared = (name: string): string => {
      if (name in variables) return writtenExpression(JSON.stringify(variables[name]));
      if (name.includes('.')) attributeExists(name.split('.'));
      else {
        expect(parameters, name).toContain(name);
        used.add(name);
      }
      return writtenExpression(name);
    };
    const rendered = typeof content === 'string' ? text : renderSub(text, declared);
    const found = expressionsOfReferences(rendered, flow);
    for (const [reference, expression] of found) expressions.set(reference, expression);
    const withArns =
      typeof content === 'string'
        ? text
        : renderSub(text, (name) => {
            const expression = name in variables ? JSON.stringify(variables[name]) : name;
            const reference = [...found].find(([, e]) => e === expression)?.[0];
            return arnOf(reference!);
          });
    expect(JSON.parse(withArns)).toEqual(compiledWithArns(flow));
    expect(resource.Properties['Settings']).toBe(flow.result.settings);
  }
  expect([...parameters].sort()).toEqual([...used].sort());
  return { template, expressions };
}

describe('cloudFormationTemplate', () => {
  test('the examples in one template: valid by the resource specification, flows linked', () => {
    const { template, expressions } = checkTemplate(
      cloudFormationTemplate(applicationExamples),
      applicationExamples,
    );
    expect(expressions.get('flowModule:Take payment')).toBe(
      'TakePaymentModule.ContactFlowModuleArn',
    );
    expect(expressions.get('flow:Agent whisper with caller details')).toBe(
      'AgentWhisperWithCallerDetailsFlow.ContactFlowArn',
    );
    expect(expressions.get('queue:Employment and Labor')).toBe('EmploymentAndLaborQueueArn');
    expect(template.Parameters!['InstanceArn']).toMatchObject({ Type: 'String' });
  });

  test.each(everyExample)('%s on its own passes the checks', (_source, flows) => {
    checkTemplate(cloudFormationTemplate(flows), flows);
  });

  test('puts what the environment names into the Sub, and the instance it names', () => {
    const importValue = { 'Fn::ImportValue': 'shared-employment-queue-arn' };
    const output = cloudFormationTemplate(applicationExamples, {
      instance: { 'Fn::ImportValue': 'contact-centre-instance-arn' },
      queues: { 'Employment and Labor': importValue },
    });
    const { template, expressions } = checkTemplate(output, applicationExamples);
    expect(Object.keys(template.Parameters!)).not.toContain('InstanceArn');
    expect(Object.keys(template.Parameters!)).not.toContain('EmploymentAndLaborQueueArn');
    expect(expressions.get('queue:Employment and Labor')).toBe(JSON.stringify(importValue));
    for (const resource of Object.values(template.Resources)) {
      expect(resource.Properties['InstanceArn']).toEqual({
        'Fn::ImportValue': 'contact-centre-instance-arn',
      });
    }
  });

  test('names what the environment gives once per flow, however often the flow uses it', () => {
    const bye = disconnect();
    const toSales = (next: ReturnType<typeof disconnect>) =>
      setWorkingQueue({ queue: queue('Sales') })
        .then(next)
        .onError(bye);
    const twice = flow('Twice', {
      start: toSales(toSales(transferToQueue().onAtCapacity(bye).onError(bye))),
    });
    const flows = [
      {
        stem: 'twice',
        definition: twice,
        result: compile(twice, { unresolvedReferences: 'placeholder' }),
      },
    ];
    const output = cloudFormationTemplate(flows, { queues: { Sales: { Ref: 'SalesQueue' } } });
    const { template } = checkTemplate(output, flows);
    const [, resource] = resourceOf(template, twice);
    expect(
      (resource.Properties['Content'] as { 'Fn::Sub': [string, unknown] })['Fn::Sub'][1],
    ).toEqual({
      SalesQueueArn: { Ref: 'SalesQueue' },
    });
  });

  test('never names a Sub variable as a parameter it would hide', () => {
    const bye = disconnect();
    const main = flow('Main', {
      start: setWorkingQueue({ queue: queue('Sales') })
        .then(
          setWorkingQueue({ queue: queue('Sales queue') })
            .then(transferToQueue().onAtCapacity(bye).onError(bye))
            .onError(bye),
        )
        .onError(bye),
    });
    const flows = [
      {
        stem: 'main',
        definition: main,
        result: compile(main, { unresolvedReferences: 'placeholder' }),
      },
    ];
    const output = cloudFormationTemplate(flows, { queues: { Sales: { Ref: 'Shared' } } });
    const { template, expressions } = checkTemplate(output, flows);
    expect(Object.keys(template.Parameters!)).toEqual(['InstanceArn', 'SalesQueueArn']);
    expect(expressions.get('queue:Sales queue')).toBe('SalesQueueArn');
    expect(expressions.get('queue:Sales')).toBe('{"Ref":"Shared"}');
  });

  test('escapes text that Fn::Sub would substitute', () => {
    const bye = disconnect();
    const tricky = flow('Tricky', {
      start: transferToFlow({ flow: flowRef('Next ${step}') }).onError(
        playPrompt({ text: 'Pay ${amount} now, ${!AWS::Region}' }).then(bye).onError(bye),
      ),
    });
    const flows = [
      {
        stem: 'tricky',
        definition: tricky,
        result: compile(tricky, { unresolvedReferences: 'placeholder' }),
      },
    ];
    checkTemplate(cloudFormationTemplate(flows), flows);
  });

  test('leaves no ARN in any example that an environment could name', () => {
    const left = new Set<string>();
    for (const [, flows] of everyExample) {
      for (const file of cloudFormationTemplate(flows).files) {
        for (const arn of file.text.match(/arn:aws[^"\\]*/g) ?? []) left.add(arn);
      }
    }
    expect([...left].sort()).toEqual([...literalArnsOfExamples].sort());
  });

  test('refuses what CloudFormation would, past its quotas', () => {
    const bye = disconnect();
    const flows = Array.from({ length: cloudFormationQuotas.outputs + 1 }, (_, n) => {
      const definition = flow(`Line ${n}`, {
        start: setWorkingQueue({ queue: queue(`Queue ${n}`) })
          .then(transferToQueue().onAtCapacity(bye).onError(bye))
          .onError(bye),
      });
      return {
        stem: `line-${n}`,
        definition,
        result: compile(definition, { unresolvedReferences: 'placeholder' }),
      };
    });
    const output = cloudFormationTemplate(flows);
    expect(output.files).toEqual([]);
    expect(output.diagnostics.map((d) => [d.code, d.severity, d.flow])).toEqual([
      ['cloudformation-quota', 'error', undefined],
      ['cloudformation-quota', 'error', undefined],
      ['template-needs-s3', 'info', undefined],
    ]);
    expect(output.diagnostics[0]!.message).toContain('202 parameters; CloudFormation takes 200');
    expect(output.diagnostics[1]!.message).toContain('201 outputs; CloudFormation takes 200');
  });

  test('is the same text on every run', () => {
    expect(cloudFormationTemplate(applicationExamples)).toEqual(
      cloudFormationTemplate(applicationExamples),
    );
  });
});
