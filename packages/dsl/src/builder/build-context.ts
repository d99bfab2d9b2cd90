import { isDynamicValue } from '../values/dynamic-value.js';
import { isTextTemplate } from '../values/text-template.js';
import { isResourceReference, ResourceReference } from '../references/resource-reference.js';
import type { ResourceKind } from '../references/resource-kind.js';
import type { BuildProblem } from './flow-node.js';
import type { ParameterTemplateValue } from './parameter-template.js';
import { isFlowDefinition } from './flow-definition.js';

/**
 * Turns builder options into Flow-language parameter values, and notes what is wrong with them. The
 * types already refuse most mistakes; these checks catch what JavaScript callers and `any` let by.
 */
export class BuildContext {
  readonly problems: BuildProblem[] = [];

  /** Notes a problem with the options; the compiler reports it at the block. */
  problem(code: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ code, severity, message });
  }

  /** Text the Flow language interpolates. */
  text(value: unknown, parameter: string): ParameterTemplateValue {
    if (typeof value === 'string' || isDynamicValue(value) || isTextTemplate(value)) return value;
    return this.invalid(parameter, 'text', value);
  }

  /** A literal or one whole JSONPath: text with a reference embedded in it is refused. */
  value(value: unknown, parameter: string): ParameterTemplateValue {
    if (isTextTemplate(value) || (typeof value === 'string' && value.indexOf('$.') > 0)) {
      this.problem(
        'embedded-reference',
        `${parameter} takes a literal or one whole dynamic value, not text with a reference in it: ${JSON.stringify(String(value))}.`,
      );
      return String(value);
    }
    if (typeof value === 'string' || isDynamicValue(value)) return value;
    return this.invalid(parameter, 'a literal or a dynamic value', value);
  }

  /** A whole number, or a dynamic value, written as the string the console writes. */
  integer(value: unknown, parameter: string): ParameterTemplateValue {
    if (isDynamicValue(value)) return value;
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return this.invalid(parameter, 'a whole number', value);
  }

  /** `true`/`false` as the `"True"`/`"False"` that console exports write. */
  flag(value: boolean): string {
    return value ? 'True' : 'False';
  }

  /** A reference to an instance resource of the given kind (a built flow stands for itself). */
  reference(value: unknown, kind: ResourceKind, parameter: string): ParameterTemplateValue {
    if (isFlowDefinition(value)) {
      const ownKind = value.flowType === 'FLOW_MODULE' ? 'flowModule' : 'flow';
      value = new ResourceReference(ownKind, value.name);
    }
    if (isResourceReference(value)) {
      if (value.kind !== kind) {
        this.problem(
          'wrong-reference-kind',
          `${parameter} takes a ${kind} reference, not ${value.kind} "${value.name}".`,
        );
      }
      return value;
    }
    if (isDynamicValue(value)) return value;
    if (typeof value === 'string' && value !== '') return this.value(value, parameter);
    return this.invalid(parameter, `a ${kind} reference`, value);
  }

  private invalid(parameter: string, expected: string, value: unknown): string {
    this.problem(
      'invalid-option',
      `${parameter} takes ${expected}, not ${JSON.stringify(value) ?? String(value)}.`,
    );
    return '';
  }
}
