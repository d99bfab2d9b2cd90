import type { DynamicValue } from '../values/dynamic-value.js';
import type { TextTemplate } from '../values/text-template.js';
import type { ResourceReference } from '../references/resource-reference.js';
import type { ResourceKind } from '../references/resource-kind.js';

/** Text the Flow language interpolates: literal, one dynamic value, or a `text` template. */
export type TextInput = string | DynamicValue | TextTemplate;

/** A literal, or one whole dynamic value; never text with a value embedded in it. */
export type ValueInput = string | DynamicValue;

/** A number, or a dynamic value read at run time. */
export type NumberInput = number | DynamicValue;

/**
 * An instance resource: a symbolic reference resolved per environment, a dynamic value holding its
 * ARN, or a literal ARN or id.
 */
export type ReferenceInput<K extends ResourceKind> = ResourceReference<K> | DynamicValue | string;
