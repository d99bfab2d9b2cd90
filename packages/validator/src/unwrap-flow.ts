import { flowTypes, type FlowType } from '@contactflow/dsl/catalog';
import type { Diagnostic } from './diagnostic.js';
import { pointerFrom } from './json-pointer.js';
import { indexJsonText } from './json-text-index.js';
import { lineStarts, parseFlowText, positionAt, withoutByteOrderMark } from './parse-flow-text.js';
import type { ParsedFlowText } from './parse-flow-text.js';

/**
 * The envelope a flow document came in: the output of `DescribeContactFlow` (`ContactFlow`), of
 * `DescribeContactFlowModule` (`ContactFlowModule`), or an object with the document in `Content`
 * (the input of `CreateContactFlow` and `UpdateContactFlowContent`).
 */
export type FlowWrapperKind = 'ContactFlow' | 'ContactFlowModule' | 'Content';

/**
 * The Flow-language document found inside a wrapper. `value`, `diagnostics` and the pointers given
 * to `locate` concern the inner document; the lines and columns that come back are in the outer
 * text.
 */
export interface UnwrappedFlow extends ParsedFlowText {
  readonly wrapper: FlowWrapperKind;
  /** From the wrapper's `Type` when it is a flow type; `FLOW_MODULE` for modules. */
  readonly flowType: FlowType | undefined;
}

interface Wrapper {
  readonly kind: FlowWrapperKind;
  /** Where the object holding `Content` is in the outer document. */
  readonly path: readonly string[];
  readonly holder: Readonly<Record<string, unknown>>;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrapperOf(value: unknown): Wrapper | undefined {
  if (!isObject(value) || Object.hasOwn(value, 'Actions') || Object.hasOwn(value, 'StartAction')) {
    return undefined;
  }
  for (const kind of ['ContactFlow', 'ContactFlowModule'] as const) {
    const holder = value[kind];
    if (Object.hasOwn(value, kind) && isObject(holder)) return { kind, path: [kind], holder };
  }
  if (Object.hasOwn(value, 'Content')) return { kind: 'Content', path: [], holder: value };
  return undefined;
}

function flowTypeOf(wrapper: Wrapper): FlowType | undefined {
  if (wrapper.kind === 'ContactFlowModule') return 'FLOW_MODULE';
  const type = wrapper.holder.Type;
  return typeof type === 'string' && flowTypes.includes(type as FlowType)
    ? (type as FlowType)
    : undefined;
}

/**
 * The offset in the outer text of each UTF-16 unit of a decoded JSON string, and of its end (the
 * closing quote); `undefined` when the literal does not decode to `length` units.
 */
function offsetsInLiteral(literal: string, start: number, length: number): number[] | undefined {
  const offsets: number[] = [];
  let i = 1;
  while (i < literal.length - 1) {
    offsets.push(start + i);
    i += literal[i] !== '\\' ? 1 : literal[i + 1] === 'u' ? 6 : 2;
  }
  offsets.push(start + literal.length - 1);
  return offsets.length === length + 1 ? offsets : undefined;
}

/** Where the `Content` string literal is in the outer text. */
interface ContentLiteral {
  /** The offset at which each line of the outer text starts. */
  readonly starts: readonly number[];
  /** Where the literal starts, and where it is best shown: at its name. */
  readonly valueStart: number;
  readonly shownStart: number;
  /** See {@link offsetsInLiteral}. */
  readonly offsets: readonly number[] | undefined;
  /** The offset at which each line of the decoded content starts. */
  readonly innerStarts: readonly number[];
}

function contentLiteral(
  text: string,
  contentPath: readonly string[],
  content: string,
): ContentLiteral {
  const index = indexJsonText(withoutByteOrderMark(text));
  const span = index.find(contentPath);
  return {
    starts: index.lineStarts,
    valueStart: span?.start ?? 0,
    shownStart: span ? (span.nameStart ?? span.start) : 0,
    offsets: span
      ? offsetsInLiteral(text.slice(span.start, span.end), span.start, content.length)
      : undefined,
    innerStarts: lineStarts(content),
  };
}

function label(wrapper: Wrapper): string {
  return [...wrapper.path, 'Content'].join('.');
}

/**
 * Finds the Flow-language document inside a wrapper: `{"ContactFlow": {"Content": "<json>", "Type":
 * ...}}`, `{"ContactFlowModule": {"Content": "<json>"}}` or `{"Content": "<json>"}`. Returns
 * `undefined` when the text is not valid JSON or not such a wrapper (a plain flow document, for
 * example).
 *
 * `Content` is normally a string holding JSON: it is parsed, and its problems, syntax errors
 * included, are placed inside the string literal in the outer text, each escape sequence counted
 * as the character it stands for. Should the literal not decode as expected, every position falls
 * back to the start of the `Content` value: a best effort, since the inner document has no lines of
 * its own in the outer file. A `Content` that is not a string is taken as the document itself.
 *
 * Never throws.
 *
 * @example
 * ```ts
 * import { unwrapFlow } from '@contactflow/validator';
 * const text = JSON.stringify({ ContactFlow: { Type: 'CUSTOMER_QUEUE', Content: '{"Actions":[]}' } });
 * const inner = unwrapFlow(text);
 * inner?.flowType; // 'CUSTOMER_QUEUE'
 * inner?.value; // { Actions: [] }
 * ```
 */
export function unwrapFlow(
  text: string,
  outer: ParsedFlowText = parseFlowText(text),
): UnwrappedFlow | undefined {
  try {
    if (outer.diagnostics.length > 0) return undefined;
    const wrapper = wrapperOf(outer.value);
    if (!wrapper) return undefined;
    return unwrap(text, outer, wrapper);
  } catch {
    return undefined;
  }
}

function unwrap(text: string, outer: ParsedFlowText, wrapper: Wrapper): UnwrappedFlow {
  const base = { wrapper: wrapper.kind, flowType: flowTypeOf(wrapper) };
  const contentPath = [...wrapper.path, 'Content'];
  const content = wrapper.holder.Content;
  if (!Object.hasOwn(wrapper.holder, 'Content')) {
    const where = outer.locate(pointerFrom(wrapper.path));
    return {
      ...base,
      value: undefined,
      diagnostics: [
        {
          code: 'invalid-document',
          severity: 'error',
          message: `${wrapper.kind} has no Content; expected the flow's Flow-language JSON as a string.`,
          pointer: '',
          ...where,
        },
      ],
      locate: () => where,
    };
  }
  if (typeof content !== 'string') {
    const prefix = pointerFrom(contentPath);
    return { ...base, value: content, diagnostics: [], locate: (p) => outer.locate(prefix + p) };
  }

  // Where the literal is in the outer text is looked for only when a position is asked for.
  let literal: ContentLiteral | undefined;
  const literalOf = () => (literal ??= contentLiteral(text, contentPath, content));
  const toOuter = ({ line, column }: { line: number; column: number }) => {
    const { starts, offsets, valueStart, innerStarts } = literalOf();
    const innerOffset = (innerStarts[line - 1] ?? 0) + column - 1;
    return positionAt(starts, offsets?.[innerOffset] ?? valueStart);
  };

  const inner = parseFlowText(content);
  const name = label(wrapper);
  const diagnostics: Diagnostic[] =
    content.trim() === ''
      ? [
          {
            code: 'parse-error',
            severity: 'error',
            message: `${name} is empty; expected the flow's Flow-language JSON as a string.`,
            pointer: '',
            ...positionAt(literalOf().starts, literalOf().shownStart),
          },
        ]
      : inner.diagnostics.map((d) => ({
          ...d,
          message: d.message.replace(/^Invalid JSON:/, `Invalid JSON in ${name}:`),
          ...(d.line !== undefined && d.column !== undefined
            ? toOuter({ line: d.line, column: d.column })
            : positionAt(literalOf().starts, literalOf().valueStart)),
        }));
  return {
    ...base,
    value: inner.value,
    diagnostics,
    locate: (pointer) => toOuter(inner.locate(pointer)),
  };
}
