import { contactFlowTypes } from '@contactflow/dsl/catalog';
import type { DeployEnvironment } from './deploy-environment.js';
import { planDeploy, type ReferenceSource } from './deploy-plan.js';
import { inputParameterId, kindWords, pascalCase, UniqueNames } from './deploy-names.js';
import type { DeployableFlow, DeployDiagnostic, DeployOutput } from './deployable-flow.js';
import { contentTemplate, referenceKey, type FlowReference } from './flow-references.js';

/** The parameter that holds the instance ARN when the environment does not name the instance. */
export const cloudFormationInstanceParameter = 'InstanceArn';

/** The file {@link cloudFormationTemplate} writes. */
export const cloudFormationTemplateFile = 'flows.template.json';

/** Text `Fn::Sub` keeps as it is: `${` written as `${!`. */
function escapeSub(text: string): string {
  return text.replace(/\$\{/g, '${!');
}

/** A logical id: letters and digits, starting with a letter. */
function logicalId(text: string, suffix: string): string {
  const name = pascalCase(text);
  const base = name === '' || /^[0-9]/.test(name) ? `${suffix}${name}` : name;
  return base.endsWith(suffix) ? base : `${base}${suffix}`;
}

/**
 * Writes flows as one CloudFormation template (`flows.template.json`): an
 * `AWS::Connect::ContactFlow` or `AWS::Connect::ContactFlowModule` resource per flow, with a
 * module's `Settings`, an output of each ARN, and a parameter for each input.
 *
 * A flow's content is an `Fn::Sub` in which each reference stands for what the environment gives
 * for it (an intrinsic function such as `{ "Fn::ImportValue": "shared-sales-queue-arn" }`, or an
 * ARN), the ARN of another flow or module of the template with that name, or else a parameter
 * (`SalesQueueArn`). Any other `${` in the flow is escaped, so CloudFormation renders exactly the
 * document the compiler wrote. The instance is the `InstanceArn` parameter unless the environment
 * names it.
 *
 * @example
 * ```ts
 * import { disconnect, flow, queue, setWorkingQueue, transferToQueue } from '@contactflow/dsl';
 * import { cloudFormationTemplate, compile } from '@contactflow/compiler';
 * const bye = disconnect();
 * const main = flow('Main', {
 *   start: setWorkingQueue({ queue: queue('Sales') })
 *     .then(transferToQueue().onAtCapacity(bye).onError(bye))
 *     .onError(bye),
 * });
 * const { files } = cloudFormationTemplate(
 *   [{ stem: 'main', definition: main, result: compile(main, { unresolvedReferences: 'placeholder' }) }],
 *   { queues: { Sales: { 'Fn::ImportValue': 'shared-sales-queue-arn' } } },
 * );
 * // files: flows.template.json, with the parameter InstanceArn
 * ```
 */
export function cloudFormationTemplate(
  flows: readonly DeployableFlow[],
  environment: DeployEnvironment = {},
): DeployOutput {
  const plan = planDeploy(flows, environment);
  const diagnostics: DeployDiagnostic[] = [...plan.diagnostics];
  // Parameters, resources and outputs share one namespace of logical ids.
  const ids = new UniqueNames('');
  const parameters: Record<string, { Type: 'String'; Description: string }> = {};
  const instanceArn = environment.instance ?? { Ref: cloudFormationInstanceParameter };
  if (environment.instance === undefined) {
    parameters[ids.take(cloudFormationInstanceParameter)] = {
      Type: 'String',
      Description: 'ARN of the Amazon Connect instance the flows belong to.',
    };
  }
  const placed = plan.flows.map(({ flow }) => {
    const isModule = flow.definition.flowType === 'FLOW_MODULE';
    return {
      isModule,
      id: ids.take(logicalId(flow.definition.name, isModule ? 'Module' : 'Flow')),
      arnAttribute: isModule ? 'ContactFlowModuleArn' : 'ContactFlowArn',
    };
  });
  const parameterOf = new Map<string, string>();
  for (const input of plan.inputs) {
    const id = ids.take(inputParameterId(input));
    parameterOf.set(referenceKey(input), id);
    parameters[id] = {
      Type: 'String',
      Description: `ARN of the ${kindWords(input)} "${input.name}".`,
    };
  }

  const resources: Record<string, unknown> = {};
  const outputs: Record<string, unknown> = {};
  plan.flows.forEach(({ flow, references }, index) => {
    const { definition } = flow;
    const { isModule, id, arnAttribute } = placed[index]!;
    if (!isModule && !(contactFlowTypes as readonly string[]).includes(definition.flowType)) {
      diagnostics.push({
        flow: flow.stem,
        severity: 'error',
        code: 'unsupported-flow-type',
        message: `AWS::Connect::ContactFlow does not take the type ${definition.flowType}.`,
      });
    }
    // Values from the environment go in as variables of the Sub, named like the parameter
    // they stand in for, but never as a parameter or resource is: the variable would hide it.
    const variables: Record<string, unknown> = {};
    const variableNames = new UniqueNames('');
    variableNames.reserve(...Object.keys(parameters), ...placed.map((p) => p.id));
    const variableOf = new Map<string, string>();
    const subNameOf = (source: ReferenceSource, reference: FlowReference): string => {
      if (source.from === 'build') {
        const target = placed[source.index]!;
        return `${target.id}.${target.arnAttribute}`;
      }
      if (source.from === 'input') return parameterOf.get(referenceKey(reference))!;
      const key = referenceKey(reference);
      const named = variableOf.get(key);
      if (named !== undefined) return named;
      const name = variableNames.take(inputParameterId(reference));
      variableOf.set(key, name);
      variables[name] = source.value;
      return name;
    };
    const hasReferences = references.size > 0;
    const text = contentTemplate(
      flow.result.document,
      (reference) => `\${${subNameOf(references.get(referenceKey(reference))!.source, reference)}}`,
      hasReferences ? escapeSub : (plain) => plain,
    );
    const content = !hasReferences
      ? text
      : Object.keys(variables).length === 0
        ? { 'Fn::Sub': text }
        : { 'Fn::Sub': [text, variables] };
    const description = definition.description;
    resources[id] = {
      Type: isModule ? 'AWS::Connect::ContactFlowModule' : 'AWS::Connect::ContactFlow',
      Properties: {
        InstanceArn: instanceArn,
        Name: definition.name,
        ...(!isModule && { Type: definition.flowType }),
        ...(description !== undefined && description !== '' && { Description: description }),
        Content: content,
        ...(flow.result.settings !== undefined && { Settings: flow.result.settings }),
      },
    };
    outputs[ids.take(`${id}Arn`)] = {
      Description: `ARN of the ${isModule ? 'module' : 'flow'} ${JSON.stringify(definition.name)}.`,
      Value: { 'Fn::GetAtt': [id, arnAttribute] },
    };
  });
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Amazon Connect flows and modules compiled by contactflow.',
    ...(Object.keys(parameters).length > 0 && { Parameters: parameters }),
    Resources: resources,
    Outputs: outputs,
  };
  const text = `${JSON.stringify(template, null, 2)}\n`;
  diagnostics.push(...quotaProblems(template, Buffer.byteLength(text)));
  if (diagnostics.some((d) => d.severity === 'error')) return { files: [], diagnostics };
  return { files: [{ name: cloudFormationTemplateFile, text }], diagnostics };
}

/**
 * CloudFormation's quotas for one template (Understand CloudFormation quotas, in its user guide):
 * what a build of many flows can exceed.
 */
export const cloudFormationQuotas = {
  parameters: 200,
  resources: 500,
  outputs: 200,
  /** Bytes of a template deployed from Amazon S3. */
  templateBytes: 1024 * 1024,
  /** Bytes of a template passed in the request itself (`--template-body`). */
  requestTemplateBytes: 51_200,
};

function quotaProblems(
  template: { Parameters?: object; Resources: object; Outputs: object },
  bytes: number,
): DeployDiagnostic[] {
  const split = 'Build the flows into several templates, one a run, each a stack of its own.';
  const counts = [
    ['parameters', Object.keys(template.Parameters ?? {}).length, cloudFormationQuotas.parameters],
    ['resources', Object.keys(template.Resources).length, cloudFormationQuotas.resources],
    ['outputs', Object.keys(template.Outputs).length, cloudFormationQuotas.outputs],
  ] as const;
  const problems: DeployDiagnostic[] = counts
    .filter(([, count, quota]) => count > quota)
    .map(([what, count, quota]) => ({
      severity: 'error',
      code: 'cloudformation-quota',
      message: `The template would have ${count} ${what}; CloudFormation takes ${quota}. ${what === 'parameters' ? 'Name references in the environment, or build fewer flows at once.' : split}`,
    }));
  if (bytes > cloudFormationQuotas.templateBytes) {
    problems.push({
      severity: 'error',
      code: 'cloudformation-quota',
      message: `The template would be ${bytes} bytes; CloudFormation takes 1 MB. ${split}`,
    });
  } else if (bytes > cloudFormationQuotas.requestTemplateBytes) {
    problems.push({
      severity: 'info',
      code: 'template-needs-s3',
      message: `The template is ${bytes} bytes, more than the 51,200 CloudFormation takes in a request: deploy it from Amazon S3 (aws cloudformation deploy --s3-bucket ...).`,
    });
  }
  return problems;
}
