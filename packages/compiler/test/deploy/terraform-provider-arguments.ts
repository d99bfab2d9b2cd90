/**
 * The arguments the AWS provider documents for the resources a Terraform build writes, from its
 * resource pages (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/
 * connect_contact_flow and connect_contact_flow_module), with the attributes each exports.
 */
export interface DocumentedResource {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Arguments that may not be given together. */
  readonly conflicts: readonly (readonly [string, string])[];
  readonly allowedValues: Readonly<Record<string, readonly string[]>>;
  readonly attributes: readonly string[];
}

const flowTypes = [
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
];

export const documentedResources: Readonly<Record<string, DocumentedResource>> = {
  aws_connect_contact_flow: {
    required: ['instance_id', 'name'],
    optional: ['region', 'content', 'content_hash', 'description', 'filename', 'tags', 'type'],
    conflicts: [['content', 'filename']],
    allowedValues: { type: flowTypes },
    attributes: ['arn', 'id', 'contact_flow_id', 'tags_all'],
  },
  aws_connect_contact_flow_module: {
    required: ['instance_id', 'name'],
    optional: ['content', 'content_hash', 'description', 'filename', 'tags'],
    conflicts: [['content', 'filename']],
    allowedValues: {},
    attributes: ['arn', 'id', 'contact_flow_module_id', 'tags_all'],
  },
};

/** What is wrong with a resource's arguments by the provider's documentation; empty if nothing. */
export function argumentProblems(type: string, body: Record<string, unknown>): string[] {
  const documented = documentedResources[type];
  if (documented === undefined) return [`${type} is not a resource the build should write`];
  const known = new Set([...documented.required, ...documented.optional]);
  return [
    ...documented.required
      .filter((name) => typeof body[name] !== 'string' || body[name] === '')
      .map((name) => `${type}: ${name} is required`),
    ...Object.keys(body)
      .filter((name) => !known.has(name))
      .map((name) => `${type}: ${name} is not an argument`),
    ...Object.entries(body)
      .filter(([, value]) => typeof value !== 'string')
      .map(([name]) => `${type}: ${name} is not a string`),
    ...documented.conflicts
      .filter(([a, b]) => a in body && b in body)
      .map(([a, b]) => `${type}: ${a} conflicts with ${b}`),
    ...Object.entries(documented.allowedValues)
      .filter(([name, values]) => name in body && !values.includes(body[name] as string))
      .map(([name]) => `${type}: ${name} ${String(body[name])} is not an allowed value`),
  ];
}
