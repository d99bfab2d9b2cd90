import type { FlowDefinition, FlowModuleDefinition } from '@contactflow/dsl';

/**
 * What a module declares besides its content, in words (`inputs amount; results Declined`), or
 * undefined for a flow or a module with no inputs, outputs or results of its own: the part of
 * the module's settings a deploy tool without a settings argument loses.
 */
export function moduleInterface(definition: FlowDefinition): string | undefined {
  if (definition.flowType !== 'FLOW_MODULE') return undefined;
  const module = definition as FlowModuleDefinition;
  const parts = [
    ['inputs', Object.keys(module.inputs)],
    ['outputs', Object.keys(module.outputs)],
    ['results', module.results],
  ] as const;
  const said = parts
    .filter(([, names]) => names.length > 0)
    .map(([what, names]) => `${what} ${names.join(', ')}`);
  return said.length === 0 ? undefined : said.join('; ');
}
