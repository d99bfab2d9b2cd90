import { resourceKinds, type ResourceKind } from '@contactflow/dsl';
import { printJson } from '../print-json.js';

/** A reference a compiled flow makes, as the compiler writes it without an environment. */
export interface FlowReference {
  readonly kind: ResourceKind;
  readonly name: string;
}

const placeholderPattern = /^\{\{([A-Za-z]+):([\s\S]+)\}\}$/;

/** The reference a string value stands for, if it is a `{{kind:name}}` placeholder. */
export function referenceOf(value: string): FlowReference | undefined {
  const match = placeholderPattern.exec(value);
  if (match === null || !Object.hasOwn(resourceKinds, match[1]!)) return undefined;
  return { kind: match[1] as ResourceKind, name: match[2]! };
}

/** The key of a reference in maps and sets. */
export function referenceKey(reference: FlowReference): string {
  return `${reference.kind}:${reference.name}`;
}

function visit(value: unknown, onString: (text: string) => void): void {
  if (typeof value === 'string') onString(value);
  else if (Array.isArray(value)) for (const item of value) visit(item, onString);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) visit(item, onString);
  }
}

/**
 * The references of a document the compiler wrote without an environment, once each, in the order
 * of the resource kinds and then by name.
 */
export function referencesIn(document: unknown): FlowReference[] {
  const found = new Map<string, FlowReference>();
  visit(document, (text) => {
    const reference = referenceOf(text);
    if (reference !== undefined) found.set(referenceKey(reference), reference);
  });
  return [...found.values()].sort(byKindAndName);
}

const kindOrder = Object.keys(resourceKinds);

/** Orders references by the order of the resource kinds, then by name. */
export function byKindAndName(a: FlowReference, b: FlowReference): number {
  return (
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

function mapStrings(
  value: unknown,
  onReference: (reference: FlowReference) => string,
  onText: (text: string) => string,
): unknown {
  if (typeof value === 'string') {
    const reference = referenceOf(value);
    return reference === undefined ? onText(value) : onReference(reference);
  }
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, onReference, onText));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        onText(key),
        mapStrings(item, onReference, onText),
      ]),
    );
  }
  return value;
}

/**
 * The document's text with each reference replaced by a deploy tool's expression and every other
 * string (keys too) passed through `escapeText`, so that text which happens to look like the
 * tool's syntax stays text. Expressions are put in after printing, as they are: JSON escaping
 * would break an expression with quotes in it (`${var.arns["sales"]}`).
 */
export function contentTemplate(
  document: unknown,
  expressionOf: (reference: FlowReference) => string,
  escapeText: (text: string) => string,
): string {
  const plain = printJson(document);
  // A marker the document does not contain cannot be confused with its text.
  let marker = '@ref';
  while (plain.includes(marker)) marker += '@';
  const expressions: string[] = [];
  const marked = mapStrings(
    document,
    (reference) => `${marker}${expressions.push(expressionOf(reference)) - 1}${marker}`,
    escapeText,
  );
  const pattern = new RegExp(`${marker}(\\d+)${marker}`, 'g');
  return printJson(marked).replace(pattern, (_, index: string) => expressions[Number(index)]!);
}
