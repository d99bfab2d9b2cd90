import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runExecutable, runInProcess } from './run-cli.js';

const examples = readdirSync(resolve(repositoryRoot, 'examples'))
  .filter((name) => name.endsWith('.flow.ts'))
  .sort()
  .map((name) => `examples/${name}`);
const tempDir = () => mkdtempSync(join(tmpdir(), 'contactflow-deploy-'));
// Sources live under the package, so that they find `@contactflow/dsl` as a project's would.
const scratch = resolve(import.meta.dirname, '.tmp');
mkdirSync(scratch, { recursive: true });
const sourceDirs: string[] = [];
const sourceDir = () => {
  sourceDirs.push(mkdtempSync(join(scratch, 'deploy-targets-')));
  return sourceDirs.at(-1)!;
};
afterAll(() => {
  for (const directory of sourceDirs) rmSync(directory, { recursive: true, force: true });
});
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const readJson = (dir: string, name: string) => JSON.parse(read(dir, name));

/** Writes an environment file into a fresh temp dir and returns its path. */
function environmentFile(environment: unknown): string {
  const file = join(tempDir(), 'deploy-env.json');
  writeFileSync(file, JSON.stringify(environment));
  return file;
}

async function buildExamples(target: string, ...more: string[]) {
  const out = tempDir();
  const result = await runInProcess(['build', ...examples, '--target', target, '-o', out, ...more]);
  return { out, result };
}

type SubContent = { 'Fn::Sub': string | [string, Record<string, unknown>] };
type CfnTemplate = {
  Parameters: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Properties: { Name: string; Settings?: string; Content: SubContent } }
  >;
};

describe('contactflow build --target terraform|cloudformation', () => {
  it('writes a Terraform file per example flow that refers to the others by resource', async () => {
    expect(examples).toHaveLength(7);
    const { out, result } = await buildExamples('terraform');
    expect(result.exitCode).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      'agent-whisper.tf.json',
      'customer-queue.tf.json',
      'government-services-ivr.tf.json',
      'lex-self-service.tf.json',
      'outbound-whisper.tf.json',
      'pay-by-phone.tf.json',
      'payment-module.tf.json',
      'variables.tf.json',
    ]);
    for (const name of names) expect(result.stderr).toContain(`wrote ${join(out, name)}`);
    const texts = names.map((name) => read(out, name));
    for (const text of texts) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(text).not.toContain('arn:');
    }

    // The referenced resources exist under the names pay-by-phone uses for them.
    const resources = readJson(out, 'payment-module.tf.json').resource;
    expect(resources.aws_connect_contact_flow_module).toHaveProperty('take_payment');
    const whisper = readJson(out, 'agent-whisper.tf.json').resource.aws_connect_contact_flow;
    expect(whisper).toHaveProperty('agent_whisper_with_caller_details');
    const payByPhone = readJson(out, 'pay-by-phone.tf.json').resource.aws_connect_contact_flow
      .pay_by_phone;
    expect(payByPhone.content).toContain(
      '"FlowModuleId": "${aws_connect_contact_flow_module.take_payment.arn}"',
    );
    expect(payByPhone.content).toContain(
      '"AgentWhisper": "${aws_connect_contact_flow.agent_whisper_with_caller_details.arn}"',
    );

    // `$${var.x}` would be escaped text, not a use of the variable.
    const used = new Set(
      texts.flatMap((text) => [...text.matchAll(/(?<!\$)\$\{var\.(\w+)\}/g)].map((m) => m[1])),
    );
    const declared = Object.keys(readJson(out, 'variables.tf.json').variable);
    expect(declared).toContain('connect_instance_id');
    expect(declared).toContain('customer_service_queue_arn');
    expect([...used].sort()).toEqual([...declared].sort());

    const again = await buildExamples('terraform');
    expect(readdirSync(again.out).sort()).toEqual(names);
    for (const name of names) expect(read(again.out, name)).toBe(read(out, name));
  });

  it('writes the expressions an environment gives in place of Terraform variables', async () => {
    const env = environmentFile({
      instance: '${aws_connect_instance.main.id}',
      queues: { 'Customer Service': '${aws_connect_queue.customer_service.arn}' },
      lambdaFunctions: { takePayment: '${aws_lambda_function.take_payment.arn}' },
    });
    const { out, result } = await buildExamples('terraform', '--env', env);
    expect(result.exitCode).toBe(0);
    const lex = readJson(out, 'lex-self-service.tf.json').resource.aws_connect_contact_flow
      .lex_self_service_banking;
    expect(lex.instance_id).toBe('${aws_connect_instance.main.id}');
    expect(lex.content).toContain('"${aws_connect_queue.customer_service.arn}"');
    expect(lex.content).not.toContain('var.customer_service_queue_arn');
    const module = readJson(out, 'payment-module.tf.json').resource.aws_connect_contact_flow_module
      .take_payment;
    expect(module.instance_id).toBe('${aws_connect_instance.main.id}');
    expect(module.content).toContain('"${aws_lambda_function.take_payment.arn}"');
    const declared = Object.keys(readJson(out, 'variables.tf.json').variable);
    expect(declared).toContain('get_balance_lambda_function_arn');
    expect(declared).not.toContain('connect_instance_id');
    expect(declared).not.toContain('customer_service_queue_arn');
    expect(declared).not.toContain('take_payment_lambda_function_arn');
  });

  it('writes one CloudFormation template with the module settings and Fn::Sub references', async () => {
    const { out, result } = await buildExamples('cloudformation');
    expect(result.exitCode).toBe(0);
    expect(readdirSync(out)).toEqual(['flows.template.json']);
    expect(result.stderr).toBe(`wrote ${join(out, 'flows.template.json')}\n`);
    const template: CfnTemplate = readJson(out, 'flows.template.json');
    const resources = Object.entries(template.Resources);
    expect(resources).toHaveLength(7);
    const modules = resources.filter(([, r]) => r.Type === 'AWS::Connect::ContactFlowModule');
    const flows = resources.filter(([, r]) => r.Type === 'AWS::Connect::ContactFlow');
    expect([modules.length, flows.length]).toEqual([1, 6]);
    const [moduleId, module] = modules[0]!;
    expect(module.Properties.Settings).toBe(
      readFileSync(resolve(repositoryRoot, 'examples/module-settings/payment-module.json'), 'utf8'),
    );
    const payByPhone = flows.find(([, r]) => r.Properties.Name === 'Pay by phone')![1];
    expect(payByPhone.Properties.Content['Fn::Sub']).toContain(
      `"FlowModuleId": "\${${moduleId}.ContactFlowModuleArn}"`,
    );
    expect(template.Parameters).toHaveProperty('InstanceArn');
    expect(template.Parameters).toHaveProperty('CustomerServiceQueueArn');
  });

  it('puts an intrinsic function from the environment into the Fn::Sub variables', async () => {
    const importValue = { 'Fn::ImportValue': 'shared-customer-service-queue' };
    const env = environmentFile({ queues: { 'Customer Service': importValue } });
    const { out, result } = await buildExamples('cloudformation', '--env', env);
    expect(result.exitCode).toBe(0);
    const template: CfnTemplate = readJson(out, 'flows.template.json');
    const lex = Object.values(template.Resources).find(
      (r) => r.Properties.Name === 'Lex self-service banking',
    )!;
    const [text, variables] = lex.Properties.Content['Fn::Sub'];
    expect(variables).toEqual({ CustomerServiceQueueArn: importValue });
    expect(text).toContain('${CustomerServiceQueueArn}');
    expect(template.Parameters).not.toHaveProperty('CustomerServiceQueueArn');
    expect(template.Parameters).toHaveProperty('InstanceArn');
  });

  it('needs --out-dir, and writes nothing without it', async () => {
    const cwd = tempDir();
    const flow = resolve(repositoryRoot, 'examples/agent-whisper.flow.ts');
    const result = await runInProcess(['build', flow, '--target', 'terraform'], cwd);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'contactflow: --target terraform writes a Terraform configuration: say where with --out-dir\n',
    });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    ['terraform', { queues: { 'Customer Service': { Ref: 'X' } } }, /queues\."Customer Service"/],
    ['cloudformation', { instance: '${InstanceArn}' }, /instance is text with "\$\{"/],
  ])(
    'rejects a value --target %s cannot write, naming file and key',
    async (target, value, key) => {
      const env = environmentFile(value);
      const { out, result } = await buildExamples(target, '--env', env);
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`contactflow: ${env}: `);
      expect(result.stderr).toMatch(key);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it('writes nothing when a flow has an error', async () => {
    const out = tempDir();
    const result = await runInProcess([
      'build',
      'packages/cli/test/fixtures/sources/dangling-branch.flow.ts',
      'examples/agent-whisper.flow.ts',
      '--target',
      'terraform',
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('dangling-transition');
    expect(result.stderr).toBe('nothing written: a Terraform configuration needs every flow\n');
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses two sources whose files would have the same name', async () => {
    const sources = sourceDir();
    const flowSource = (name: string) =>
      `import { disconnect, flow } from '@contactflow/dsl';\nexport const main = flow('${name}', { start: disconnect() });\n`;
    for (const directory of ['a', 'b']) {
      mkdirSync(join(sources, directory));
      writeFileSync(join(sources, directory, 'main.flow.ts'), flowSource(`Main ${directory}`));
    }
    const out = tempDir();
    const result = await runInProcess(
      ['build', 'a/main.flow.ts', 'b/main.flow.ts', '--target', 'terraform', '-o', out],
      sources,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('Its output is named main, as the flow of a/main.flow.ts is');
    expect(readdirSync(out)).toEqual([]);
  });

  it('points out no stray files when the configuration could not be written', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'variables.tf.json'), '{}\n');
    const sources = sourceDir();
    writeFileSync(
      join(sources, 'campaign.flow.ts'),
      `import { disconnect, flow } from '@contactflow/dsl';\nexport const campaign = flow('Campaign', { type: 'CAMPAIGN', start: disconnect() });\n`,
    );
    const result = await runInProcess(
      ['build', 'campaign.flow.ts', '--target', 'terraform', '-o', out],
      sources,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('unsupported-flow-type');
    expect(result.stderr).toBe('nothing written: a Terraform configuration needs every flow\n');
    expect(read(out, 'variables.tf.json')).toBe('{}\n');
  });

  it.each(['flow', 'terraform', 'cloudformation'])(
    '--target %s with an output directory that is a file: one line, exit 2',
    async (target) => {
      const file = join(tempDir(), 'not-a-directory');
      writeFileSync(file, 'kept\n');
      const result = await runInProcess([
        'build',
        'examples/agent-whisper.flow.ts',
        '--target',
        target,
        '-o',
        file,
      ]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(
        /^contactflow: .*not-a-directory\/\S+: a part of its directory is a file\n$/,
      );
      expect(readFileSync(file, 'utf8')).toBe('kept\n');
    },
  );

  it('rejects --placeholder-style with a deploy target', async () => {
    const { out, result } = await buildExamples(
      'cloudformation',
      '--placeholder-style',
      'terraform',
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'contactflow: --placeholder-style is for templates: give --target template too\n',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('mentions a Terraform file it did not write, and keeps it', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'old.tf.json'), '{}\n');
    const result = await runInProcess([
      'build',
      'examples/agent-whisper.flow.ts',
      '--target',
      'terraform',
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    const notices = result.stderr.split('\n').filter((line) => line.includes('not written by'));
    expect(notices).toEqual([
      `${join(out, 'old.tf.json')} was not written by this build; delete it if its flow is gone, or Terraform keeps deploying it`,
    ]);
    expect(read(out, 'old.tf.json')).toBe('{}\n');
    expect(readdirSync(out).sort()).toEqual([
      'agent-whisper.tf.json',
      'old.tf.json',
      'variables.tf.json',
    ]);
  });

  // Source lines come from stack traces, which the test runner's source maps would distort: this
  // runs the installed command.
  it('warns at the flowModule(...) line that Terraform drops module settings', async () => {
    const out = tempDir();
    const result = await runExecutable([
      'build',
      'examples/payment-module.flow.ts',
      '--target',
      'terraform',
      '-o',
      out,
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /payment-module\.flow\.ts\n\s+28:\d+\s+warning .*inputs amount; outputs receipt are not deployed.*module-settings-not-deployed/,
    );
    expect(readdirSync(out).sort()).toEqual(['payment-module.tf.json', 'variables.tf.json']);
  });
});
