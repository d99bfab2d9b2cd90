import { contactFlowTypes, type ContactFlowType } from '@contactflow/dsl/catalog';
import type { DeployEnvironment } from './deploy-environment.js';
import { planDeploy, type ReferenceSource } from './deploy-plan.js';
import { inputVariableName, kindWords, snakeCase, UniqueNames } from './deploy-names.js';
import type { DeployableFlow, DeployDiagnostic, DeployOutput } from './deployable-flow.js';
import { contentTemplate, referenceKey, type FlowReference } from './flow-references.js';
import { moduleInterface } from './module-interface.js';

/**
 * The flow types the AWS provider documents for the `type` argument of `aws_connect_contact_flow`
 * (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/connect_contact_flow):
 * every type of the API but `CAMPAIGN`.
 */
export const terraformFlowTypes: readonly ContactFlowType[] = contactFlowTypes.filter(
  (type) => type !== 'CAMPAIGN',
);

/** The variable that holds the instance id when the environment does not name the instance. */
export const terraformInstanceVariable = 'connect_instance_id';

/** Text Terraform reads as it is: its own `${` and `%{` sequences doubled. */
function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
}

/** A Terraform name: letters, digits and `_`, starting with a letter. */
function terraformName(text: string, fallback: string): string {
  const name = snakeCase(text);
  return name === '' ? fallback : /^[0-9]/.test(name) ? `${fallback}_${name}` : name;
}

function print(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes flows as a Terraform configuration in JSON syntax: a `<stem>.tf.json` per flow with its
 * `aws_connect_contact_flow` (or `aws_connect_contact_flow_module`) resource and outputs of its
 * ARN and id, and `variables.tf.json` with a variable for each input.
 *
 * Each reference of a flow's content becomes a Terraform interpolation: the environment's
 * expression when it names the reference (`"${aws_connect_queue.sales.arn}"`), the `arn` of
 * another flow or module of the same build with that name, or else a variable
 * (`${var.sales_queue_arn}`). Any other `${` or `%{` in the flow is escaped, so Terraform
 * renders exactly the document the compiler wrote. The instance is `var.connect_instance_id`
 * unless the environment names it.
 *
 * @example
 * ```ts
 * import { disconnect, flow, queue, setWorkingQueue, transferToQueue } from '@contactflow/dsl';
 * import { compile, terraformConfiguration } from '@contactflow/compiler';
 * const bye = disconnect();
 * const main = flow('Main', {
 *   start: setWorkingQueue({ queue: queue('Sales') })
 *     .then(transferToQueue().onAtCapacity(bye).onError(bye))
 *     .onError(bye),
 * });
 * const { files } = terraformConfiguration(
 *   [{ stem: 'main', definition: main, result: compile(main, { unresolvedReferences: 'placeholder' }) }],
 *   { queues: { Sales: '${aws_connect_queue.sales.arn}' } },
 * );
 * // files: main.tf.json, variables.tf.json (with connect_instance_id)
 * ```
 */
export function terraformConfiguration(
  flows: readonly DeployableFlow[],
  environment: DeployEnvironment = {},
): DeployOutput {
  const plan = planDeploy(flows, environment);
  const diagnostics: DeployDiagnostic[] = [...plan.diagnostics];
  const resourceNames = new UniqueNames('_');
  const placed = plan.flows.map(({ flow }) => ({
    type:
      flow.definition.flowType === 'FLOW_MODULE'
        ? 'aws_connect_contact_flow_module'
        : 'aws_connect_contact_flow',
    name: resourceNames.take(terraformName(flow.definition.name, 'flow')),
  }));
  const variableNames = new UniqueNames('_');
  const variables: Record<string, { type: string; description: string }> = {};
  const instanceId =
    (environment.instance as string | undefined) ?? `\${var.${terraformInstanceVariable}}`;
  if (environment.instance === undefined) {
    variables[variableNames.take(terraformInstanceVariable)] = {
      type: 'string',
      description: 'Id of the Amazon Connect instance the flows belong to.',
    };
  }
  const variableOf = new Map<string, string>();
  for (const input of plan.inputs) {
    const name = variableNames.take(inputVariableName(input));
    variableOf.set(referenceKey(input), name);
    variables[name] = {
      type: 'string',
      description: `ARN of the ${kindWords(input)} ${escapeTemplate(JSON.stringify(input.name))}.`,
    };
  }
  const expressionOf = (source: ReferenceSource, reference: FlowReference): string => {
    if (source.from === 'environment') return source.value as string;
    if (source.from === 'build') {
      const target = placed[source.index]!;
      return `\${${target.type}.${target.name}.arn}`;
    }
    return `\${var.${variableOf.get(referenceKey(reference))!}}`;
  };

  const files = plan.flows.map(({ flow, references }, index) => {
    const { definition } = flow;
    const { type, name } = placed[index]!;
    const isModule = definition.flowType === 'FLOW_MODULE';
    if (!isModule && !(terraformFlowTypes as readonly string[]).includes(definition.flowType)) {
      diagnostics.push({
        flow: flow.stem,
        severity: 'error',
        code: 'unsupported-flow-type',
        message: `The AWS provider's aws_connect_contact_flow does not take the type ${definition.flowType}; deploy this flow with CloudFormation or contactflow publish.`,
      });
    }
    if (flow.stem === 'variables') {
      diagnostics.push({
        flow: flow.stem,
        severity: 'error',
        code: 'reserved-file-name',
        message: `Its file would be variables.tf.json, which holds the variables of the configuration; rename the source.`,
      });
    }
    const declared = moduleInterface(definition);
    if (declared !== undefined) {
      diagnostics.push({
        flow: flow.stem,
        severity: 'warning',
        code: 'module-settings-not-deployed',
        message: `The AWS provider's aws_connect_contact_flow_module has no settings argument, so the module's ${declared} are not deployed; deploy it with CloudFormation or contactflow publish to keep them.`,
      });
    }
    const content = contentTemplate(
      flow.result.document,
      (reference) => expressionOf(references.get(referenceKey(reference))!.source, reference),
      escapeTemplate,
    );
    const description = definition.description;
    const resource = {
      instance_id: instanceId,
      name: escapeTemplate(definition.name),
      ...(!isModule && { type: definition.flowType }),
      ...(description !== undefined &&
        description !== '' && {
          description: escapeTemplate(description),
        }),
      content,
    };
    const idAttribute = isModule ? 'contact_flow_module_id' : 'contact_flow_id';
    const what = isModule ? 'module' : 'flow';
    const quotedName = escapeTemplate(JSON.stringify(definition.name));
    return {
      name: `${flow.stem}.tf.json`,
      text: print({
        resource: { [type]: { [name]: resource } },
        output: {
          [`${name}_arn`]: {
            description: `ARN of the ${what} ${quotedName}.`,
            value: `\${${type}.${name}.arn}`,
          },
          [`${name}_id`]: {
            description: `Id of the ${what} ${quotedName} in the instance.`,
            value: `\${${type}.${name}.${idAttribute}}`,
          },
        },
      }),
    };
  });
  if (diagnostics.some((d) => d.severity === 'error')) return { files: [], diagnostics };
  const variablesFile = {
    name: 'variables.tf.json',
    text: print(Object.keys(variables).length === 0 ? {} : { variable: variables }),
  };
  return { files: [...files, variablesFile], diagnostics };
}
