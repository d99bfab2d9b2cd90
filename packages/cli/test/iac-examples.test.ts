import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import hcl from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runInProcess } from './run-cli.js';

const example = (target: string) => resolve(repositoryRoot, 'examples/iac', target);

/** Builds the IVR for a deploy target with the example's environment, into a new directory. */
async function buildIvr(target: string) {
  const out = mkdtempSync(join(tmpdir(), `contactflow-iac-${target}-`));
  const result = await runInProcess([
    'build',
    'examples/government-services-ivr.flow.ts',
    '--target',
    target,
    '--env',
    `examples/iac/${target}/environment.json`,
    '--out-dir',
    out,
  ]);
  expect(result).toMatchObject({ exitCode: 0, stdout: '' });
  return out;
}

/** The committed files of an example that the build writes, compared as text with a new build. */
function expectCommitted(out: string, target: string) {
  for (const name of readdirSync(out)) {
    expect(readFileSync(join(out, name), 'utf8'), name).toBe(
      readFileSync(join(example(target), name), 'utf8'),
    );
  }
}

describe('examples/iac', () => {
  it('terraform: the committed configuration is what build writes, linked to main.tf', async () => {
    const out = await buildIvr('terraform');
    expect(readdirSync(out).sort()).toEqual([
      'government-services-ivr.tf.json',
      'variables.tf.json',
    ]);
    expectCommitted(out, 'terraform');
    // Everything comes from main.tf, so the configuration needs no variables.
    expect(readFileSync(join(out, 'variables.tf.json'), 'utf8')).toBe('{}\n');
    // main.tf read by Terraform's own parser: what it declares, as references name them.
    const mainTf = (await hcl.parse(
      'main.tf',
      readFileSync(join(example('terraform'), 'main.tf'), 'utf8'),
    )) as { resource: Record<string, object>; data: Record<string, object> };
    const declared = [
      ...Object.entries(mainTf.resource).flatMap(([type, named]) =>
        Object.keys(named).map((name) => `${type}.${name}`),
      ),
      ...Object.entries(mainTf.data).flatMap(([type, named]) =>
        Object.keys(named).map((name) => `data.${type}.${name}`),
      ),
    ];
    const flowFile = readFileSync(join(out, 'government-services-ivr.tf.json'), 'utf8');
    const { resource } = JSON.parse(flowFile) as {
      resource: {
        aws_connect_contact_flow: Record<string, { content: string; instance_id: string }>;
      };
    };
    const ivr = resource.aws_connect_contact_flow['government_services_ivr']!;
    const expressions = [...`${ivr.instance_id}${ivr.content}`.matchAll(/\$\{([^}]+)\}/g)].map(
      ([, expression]) => expression!,
    );
    expect(expressions.length).toBe(12);
    for (const expression of expressions) {
      const [reference] = await hcl.getReferencesInExpression('flow.tf', `"\${${expression}}"`);
      const root = reference!.value
        .split('.')
        .slice(0, reference!.value.startsWith('data.') ? 3 : 2);
      expect(declared, expression).toContain(root.join('.'));
    }
    expect(ivr.content).not.toMatch(/arn:aws/);
  });

  it('cloudformation: the committed template is what build writes, queues imported', async () => {
    const out = await buildIvr('cloudformation');
    expect(readdirSync(out)).toEqual(['flows.template.json']);
    expectCommitted(out, 'cloudformation');
    const template = JSON.parse(readFileSync(join(out, 'flows.template.json'), 'utf8')) as {
      Parameters: Record<string, unknown>;
      Resources: Record<
        string,
        { Properties: { Content: { 'Fn::Sub': [string, Record<string, unknown>] } } }
      >;
    };
    expect(Object.keys(template.Parameters)).toEqual([
      'InstanceArn',
      'CheckHolidayLambdaFunctionArn',
      'GetLastInteractionLambdaFunctionArn',
      'StoreInteractionLambdaFunctionArn',
    ]);
    const [text, variables] =
      template.Resources['GovernmentServicesIVRFlow']!.Properties.Content['Fn::Sub'];
    expect(Object.values(variables)).toHaveLength(8);
    for (const value of Object.values(variables)) expect(value).toHaveProperty(['Fn::ImportValue']);
    expect(text).not.toMatch(/arn:aws/);
  });
});
