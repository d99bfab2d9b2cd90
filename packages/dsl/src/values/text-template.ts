import { DynamicValue, isDynamicValue } from './dynamic-value.js';

/**
 * Text with dynamic values embedded in it ("Hello $.Attributes.name"). Only parameters that the Flow
 * language interpolates (prompt text, SSML, chat messages) accept one; the builder's types refuse it
 * everywhere a parameter takes a whole JSONPath only.
 */
export class TextTemplate {
  readonly kind = 'text-template';

  constructor(readonly parts: readonly (string | DynamicValue)[]) {}

  /** The text as the Flow language writes it, with each value as its JSONPath. */
  render(): string {
    return this.parts.map((part) => (isDynamicValue(part) ? part.path : part)).join('');
  }

  toString(): string {
    return this.render();
  }
}

/**
 * Whether a value is a {@link TextTemplate}.
 *
 * @example
 * ```ts
 * import { attribute, isTextTemplate, text } from '@contactflow/dsl';
 * isTextTemplate(text`Hello ${attribute('name')}`); // true
 * ```
 */
export function isTextTemplate(value: unknown): value is TextTemplate {
  return (
    typeof value === 'object' && value !== null && (value as TextTemplate).kind === 'text-template'
  );
}

/**
 * Writes text with dynamic values in it, for prompts and messages.
 *
 * @example
 * ```ts
 * import { attribute, playPrompt, text } from '@contactflow/dsl';
 * playPrompt({ text: text`Hello ${attribute('firstName')}, thanks for calling.` });
 * ```
 */
export function text(
  strings: TemplateStringsArray,
  ...values: readonly (DynamicValue | string | number)[]
): TextTemplate {
  const parts: (string | DynamicValue)[] = [];
  strings.forEach((literal, index) => {
    if (literal !== '') parts.push(literal);
    if (index < values.length) {
      const value = values[index]!;
      parts.push(value instanceof DynamicValue || isDynamicValue(value) ? value : String(value));
    }
  });
  return new TextTemplate(parts);
}
