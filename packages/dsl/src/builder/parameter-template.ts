import type { DynamicValue } from '../values/dynamic-value.js';
import type { TextTemplate } from '../values/text-template.js';
import type { ResourceReference } from '../references/resource-reference.js';

/**
 * A value in an action's parameters as the builder leaves it: final text, or a symbolic part the
 * compiler renders (a dynamic value to its JSONPath, a reference to the environment's ARN).
 */
export type ParameterTemplateValue =
  | string
  | number
  | boolean
  | null
  | DynamicValue
  | TextTemplate
  | ResourceReference
  | readonly ParameterTemplateValue[]
  | ParameterTemplate;

/** An action's `Parameters`, before references are resolved. An `undefined` entry is left out. */
export interface ParameterTemplate {
  readonly [name: string]: ParameterTemplateValue | undefined;
}
