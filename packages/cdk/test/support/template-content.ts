import type { Template } from 'aws-cdk-lib/assertions';

// CloudFormation resolves a flow's content at deploy time; here each reference is written as
// `<<LogicalId.Attribute>>` (or `<<LogicalId>>` for a Ref), so the text can be parsed and the
// references read back.
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if (Array.isArray(node['Fn::GetAtt'])) return `<<${(node['Fn::GetAtt'] as string[]).join('.')}>>`;
  if (typeof node['Ref'] === 'string') return `<<${node['Ref']}>>`;
  if (Array.isArray(node['Fn::Join'])) {
    const [separator, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(render).join(separator);
  }
  throw new Error(`unexpected value in content: ${JSON.stringify(value)}`);
}

/** The one resource of a type with the given name: its logical id and properties. */
export function resourceNamed(
  template: Template,
  type: string,
  name: string,
): { readonly id: string; readonly properties: Record<string, unknown> } {
  const found = Object.entries(template.findResources(type, { Properties: { Name: name } }));
  if (found.length !== 1) throw new Error(`${found.length} ${type} resources named ${name}`);
  const [id, resource] = found[0]!;
  return { id, properties: (resource as { Properties: Record<string, unknown> }).Properties };
}

/** The content of a flow or module resource, references rendered as `<<LogicalId.Attribute>>`. */
export function contentOf(template: Template, type: string, name: string): string {
  return render(resourceNamed(template, type, name).properties['Content']);
}

/** The `Parameters` of every action of a content, by action type, in identifier order. */
export function parametersByType(content: string): Map<string, unknown[]> {
  const document = JSON.parse(content) as {
    Actions: { Type: string; Parameters: unknown }[];
  };
  const byType = new Map<string, unknown[]>();
  for (const action of document.Actions) {
    byType.set(action.Type, [...(byType.get(action.Type) ?? []), action.Parameters]);
  }
  return byType;
}
