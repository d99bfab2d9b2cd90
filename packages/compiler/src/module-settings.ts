import type { FlowModuleDefinition, ModuleParameter } from '@contactflow/dsl';

/**
 * The `Settings` of a flow module, which the module APIs take beside its content: declared inputs,
 * outputs and the named results the invoking flow can branch on. The shape of `Transitions` is the
 * one console exports write; AWS documents no schema for the parameter entries, so they carry the
 * name, type, description and whether the input is required.
 */
export function moduleSettings(module: FlowModuleDefinition): unknown {
  return {
    InputParameters: parameterList(module.inputs),
    OutputParameters: parameterList(module.outputs),
    Transitions: ['Success', 'Error', ...module.results].map((name) => ({
      DisplayName: name,
      ReferenceName: name,
      Description: '',
    })),
  };
}

function parameterList(parameters: Readonly<Record<string, ModuleParameter>>): unknown[] {
  return Object.entries(parameters).map(([name, parameter]) => ({
    Name: name,
    Type: parameter.type,
    Description: parameter.description ?? '',
    Required: parameter.required ?? false,
  }));
}
