import {
  compile,
  terraformConfiguration,
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
import { applicationExamples, everyExample, literalArnsOfExamples } from './deploy-examples.js';
import {
  arnOf,
  compiledWithArns,
  expressionsOfReferences,
  writtenExpression,
} from './rendered-references.js';
import { renderTerraformTemplate } from './render-terraform-template.js';
import { terraformTemplateReferences } from './terraform-template-references.js';
import { argumentProblems, documentedResources } from './terraform-provider-arguments.js';

interface TerraformFile {
  resource?: Record<string, Record<string, Record<string, string>>>;
  output?: Record<string, { value: string }>;
  variable?: Record<string, { type: string; description: string }>;
}

function parsed(output: DeployOutput): Map<string, TerraformFile> {
  return new Map(output.files.map((file) => [file.name, JSON.parse(file.text) as TerraformFile]));
}

/**
 * Checks a configuration as Terraform and the provider would read it, and that each flow's
 * content renders to the compiled flow with every reference an expression of the configuration.
 * Returns the expression of each reference.
 */
async function checkConfiguration(output: DeployOutput, flows: readonly DeployableFlow[]) {
  expect(output.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const files = parsed(output);
  expect([...files.keys()]).toEqual([
    ...flows.map((f) => `${f.stem}.tf.json`),
    'variables.tf.json',
  ]);
  const variables = new Set(Object.keys(files.get('variables.tf.json')!.variable ?? {}));
  const resources = new Set<string>();
  for (const file of files.values()) {
    for (const [type, named] of Object.entries(file.resource ?? {})) {
      for (const name of Object.keys(named)) resources.add(`${type}.${name}`);
    }
  }
  const used = new Set<string>();
  // An interpolation must name something the configuration declares.
  const declared = (expression: string): string => {
    const variable = /^var\.([a-z][a-z0-9_]*)$/.exec(expression);
    if (variable !== null) {
      expect(variables, expression).toContain(variable[1]);
      used.add(variable[1]!);
    } else {
      const attribute =
        /^(aws_connect_contact_flow(?:_module)?)\.([a-z][a-z0-9_]*)\.([a-z_]+)$/.exec(expression);
      expect(attribute, expression).not.toBeNull();
      expect(resources, expression).toContain(`${attribute![1]}.${attribute![2]}`);
      expect(documentedResources[attribute![1]!]!.attributes).toContain(attribute![3]);
    }
    return writtenExpression(expression);
  };
  // Every string Terraform reads as a template, to read again with Terraform's own parser.
  const templates: string[] = [];
  const read = (template: string) => {
    templates.push(template);
    return renderTerraformTemplate(template, declared);
  };
  const expressions = new Map<string, string>();
  flows.forEach((flow) => {
    const file = files.get(`${flow.stem}.tf.json`)!;
    const [[type, named]] = Object.entries(file.resource!) as [
      [string, Record<string, Record<string, string>>],
    ];
    const [[, body]] = Object.entries(named) as [[string, Record<string, string>]];
    expect(argumentProblems(type, body)).toEqual([]);
    expect(type).toBe(
      flow.definition.flowType === 'FLOW_MODULE'
        ? 'aws_connect_contact_flow_module'
        : 'aws_connect_contact_flow',
    );
    expect(read(body['name']!)).toBe(flow.definition.name);
    read(body['instance_id']!);
    const rendered = read(body['content']!);
    for (const [reference, expression] of expressionsOfReferences(rendered, flow)) {
      expressions.set(reference, expression);
    }
    // Given the ARNs, Terraform renders the document the compiler writes for them.
    const withArns = renderTerraformTemplate(body['content']!, (expression) => {
      const reference = [...expressions].find(([, e]) => e === expression)?.[0];
      return reference === undefined ? 'arn:instance' : arnOf(reference);
    });
    expect(JSON.parse(withArns)).toEqual(compiledWithArns(flow));
    for (const output of Object.values(file.output ?? {})) read(output.value);
  });
  expect([...variables].sort()).toEqual([...used].sort());
  for (const template of templates) {
    const interpolations: string[] = [];
    renderTerraformTemplate(template, (expression) => {
      interpolations.push(expression);
      return '';
    });
    expect(await terraformTemplateReferences(template)).toEqual(interpolations);
  }
  return expressions;
}

describe('terraformConfiguration', () => {
  test('the examples deployed together: every reference an interpolation, flows linked', async () => {
    const expressions = await checkConfiguration(
      terraformConfiguration(applicationExamples),
      applicationExamples,
    );
    expect(expressions.get('flowModule:Take payment')).toBe(
      'aws_connect_contact_flow_module.take_payment.arn',
    );
    expect(expressions.get('flow:Agent whisper with caller details')).toBe(
      'aws_connect_contact_flow.agent_whisper_with_caller_details.arn',
    );
    expect(expressions.get('queue:Customer Service')).toBe('var.customer_service_queue_arn');
    expect(expressions.get('lambdaFunction:checkHoliday')).toBe(
      'var.check_holiday_lambda_function_arn',
    );
  });

  test.each(everyExample)('%s on its own passes the checks', async (_source, flows) => {
    await checkConfiguration(terraformConfiguration(flows), flows);
  });

  test('uses the expressions the environment names, and the instance it names', () => {
    const output = terraformConfiguration(applicationExamples, {
      instance: '${aws_connect_instance.main.id}',
      queues: { 'Employment and Labor': '${aws_connect_queue.employment.arn}' },
      lambdaFunctions: { checkHoliday: '${module.lambdas.arns["checkHoliday"]}' },
    });
    const files = parsed(output);
    const variables = Object.keys(files.get('variables.tf.json')!.variable!);
    expect(variables).not.toContain('connect_instance_id');
    expect(variables).not.toContain('employment_and_labor_queue_arn');
    expect(variables).not.toContain('check_holiday_lambda_function_arn');
    const ivr = files.get('government-services-ivr.tf.json')!.resource![
      'aws_connect_contact_flow'
    ]!['government_services_ivr']!;
    expect(ivr['instance_id']).toBe('${aws_connect_instance.main.id}');
    expect(ivr['content']).toContain('"${aws_connect_queue.employment.arn}"');
    // Quotes inside an expression are Terraform's, not JSON escapes of the content.
    expect(ivr['content']).toContain('"${module.lambdas.arns["checkHoliday"]}"');
  });

  test("Terraform's parser tells an escape from an interpolation", async () => {
    expect(await terraformTemplateReferences('$${price} %%{if} ${var.sales_queue_arn}')).toEqual([
      'var.sales_queue_arn',
    ]);
    expect(await terraformTemplateReferences('${price}')).toEqual(['price']);
    await expect(terraformTemplateReferences('Pay %{ directive } now')).rejects.toThrow();
  });

  test('escapes text that Terraform would read as a template', async () => {
    const bye = disconnect();
    const tricky = flow('Costs ${price} %{if}', {
      description: 'Says ${price}',
      start: playPrompt({ text: 'Pay ${amount} or %{ directive } now, $${ this' })
        .then(bye)
        .onError(bye),
    });
    const flows = [
      {
        stem: 'tricky',
        definition: tricky,
        result: compile(tricky, { unresolvedReferences: 'placeholder' }),
      },
    ];
    await checkConfiguration(terraformConfiguration(flows), flows);
  });

  test('leaves no ARN in any example that an environment could name', () => {
    const left = new Set<string>();
    for (const [, flows] of everyExample) {
      for (const file of terraformConfiguration(flows).files) {
        for (const arn of file.text.match(/arn:aws[^"\\]*/g) ?? []) left.add(arn);
      }
    }
    expect([...left].sort()).toEqual([...literalArnsOfExamples].sort());
  });

  test('is the same text on every run', () => {
    const first = terraformConfiguration(applicationExamples);
    expect(terraformConfiguration(applicationExamples)).toEqual(first);
  });

  test('reports flows that refer to each other in a loop, and writes nothing', () => {
    const bye = disconnect();
    const ping = flow('Ping', { start: transferToFlow({ flow: flowRef('Pong') }).onError(bye) });
    const pong = flow('Pong', { start: transferToFlow({ flow: flowRef('Ping') }).onError(bye) });
    const flows = [ping, pong].map((definition) => ({
      stem: definition.name.toLowerCase(),
      definition,
      result: compile(definition, { unresolvedReferences: 'placeholder' }),
    }));
    const output = terraformConfiguration(flows);
    expect(output.files).toEqual([]);
    expect(output.diagnostics).toMatchObject([
      {
        flow: 'ping',
        severity: 'error',
        code: 'flow-reference-loop',
        message: expect.stringContaining('"Ping" -> "Pong" -> "Ping"'),
      },
    ]);
    // Naming one of them in the environment breaks the loop.
    expect(
      terraformConfiguration(flows, { flows: { Ping: '${var.ping_flow_arn}' } }).diagnostics,
    ).toEqual([]);
  });

  test('refuses a flow type the provider does not take, and warns about module settings', () => {
    const bye = disconnect();
    const campaign = flow('Campaign', { type: 'CAMPAIGN', start: bye });
    const output = terraformConfiguration([
      {
        stem: 'campaign',
        definition: campaign,
        result: compile(campaign, { unresolvedReferences: 'placeholder' }),
      },
    ]);
    expect(output.files).toEqual([]);
    expect(output.diagnostics).toMatchObject([
      { code: 'unsupported-flow-type', severity: 'error' },
    ]);
    const module = applicationExamples.find((f) => f.definition.flowType === 'FLOW_MODULE')!;
    expect(terraformConfiguration([module]).diagnostics).toMatchObject([
      {
        flow: module.stem,
        code: 'module-settings-not-deployed',
        severity: 'warning',
        message: expect.stringContaining('inputs amount'),
      },
    ]);
  });

  test('refuses a flow whose file would replace variables.tf.json', () => {
    const [whisper] = applicationExamples.filter((f) => f.stem === 'agent-whisper');
    const output = terraformConfiguration([{ ...whisper!, stem: 'variables' }]);
    expect(output.files).toEqual([]);
    expect(output.diagnostics).toMatchObject([{ code: 'reserved-file-name', severity: 'error' }]);
  });

  test('gives references whose names collide as variables names of their own', async () => {
    const bye = disconnect();
    const main = flow('Main', {
      start: setWorkingQueue({ queue: queue('Sales queue') })
        .then(
          setWorkingQueue({ queue: queue('sales-queue') })
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
    const expressions = await checkConfiguration(terraformConfiguration(flows), flows);
    expect([...expressions.values()].sort()).toEqual([
      'var.sales_queue_arn',
      'var.sales_queue_arn_2',
    ]);
  });
});
