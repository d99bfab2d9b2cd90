import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { Diagnostic } from './diagnostic.js';
import { pointerSegments } from './json-pointer.js';
import { indexJsonText, type JsonTextIndex } from './json-text-index.js';
import { nestsDeeperThan } from './nesting-depth.js';

/** A parsed document and a way back from JSON pointers to positions in its text. */
export interface ParsedFlowText {
  /** The parsed value; `undefined` when the text is not valid JSON. */
  readonly value: unknown;
  /** Syntax problems, with line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** The 1-based line and column where the value at `pointer` starts (its nearest existing parent otherwise). */
  locate(pointer: string): { line: number; column: number };
}

/**
 * The longest text read as a flow: the API takes 256,000 characters of content, and a file holds it
 * pretty-printed or wrapped in an API response. Anything far longer is no flow, and parsing it would
 * only cost time and memory.
 */
export const maxFlowTextLength = 10_000_000;

/**
 * How deep brackets may nest in the text before it is refused: no flow comes near (the validator
 * reports documents deeper than 100 levels), and the parser that places syntax errors, like some
 * checks of the parsed value, recurses once per level.
 */
export const maxTextNestingDepth = 1_000;

/**
 * `text` with a leading byte order mark, as some editors save files, turned into a space: JSON has
 * no place for it, but it says nothing against the content, and every offset stays where it was.
 *
 * @example
 * ```ts
 * import { withoutByteOrderMark } from './parse-flow-text.js';
 * withoutByteOrderMark('\uFEFF{}'); // ' {}'
 * ```
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/**
 * The offset of the first bracket that opens deeper than `limit`, found without recursion. Strings
 * and comments are skipped as the parser's scanner skips them (a string also ends at a line break),
 * so that the count matches the depth the parser would reach.
 */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: to its closing quote or the end of the line.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22 || d === 0x0a || d === 0x0d) break;
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** Why the text is not parsed at all, when it is too long or too deep for any flow. */
function refusal(text: string): Diagnostic | undefined {
  if (text.length > maxFlowTextLength) {
    return {
      code: 'parse-error',
      severity: 'error',
      message: `The text has ${text.length.toLocaleString('en-US')} characters, more than the ${maxFlowTextLength.toLocaleString('en-US')} any flow file has; it is not read.`,
      pointer: '',
      line: 1,
      column: 1,
    };
  }
  const deep = tooDeepAt(text, maxTextNestingDepth);
  if (deep === undefined) return undefined;
  return {
    code: 'parse-error',
    severity: 'error',
    message: `Brackets nest more than ${maxTextNestingDepth.toLocaleString('en-US')} levels deep here; no flow does, so the text is not read.`,
    pointer: '',
    ...positionAt(lineStarts(text), deep),
  };
}

/** How many syntax errors are reported at most; after the first few, the rest are noise. */
const maxSyntaxErrors = 20;

/** The offset at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of `offset`, given the {@link lineStarts} of its text. */
export function positionAt(
  starts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

function syntaxMessage(error: ParseError): string {
  const messages: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected',
    ColonExpected: '":" expected',
    CommaExpected: '"," expected',
    CloseBraceExpected: '"}" expected',
    CloseBracketExpected: '"]" expected',
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unexpected end of comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unexpected end of number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  const code = printParseErrorCode(error.error);
  return messages[code] ?? code;
}

/** The path `findNodeAtLocation` takes for a pointer: array indices as numbers. */
function pathOf(segments: readonly string[]): (string | number)[] {
  return segments.map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** The position of the top-level value: after the whitespace before it. */
function rootPosition(text: string): { line: number; column: number } {
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  for (; offset < text.length; offset++) {
    const c = text.charCodeAt(offset);
    if (c === 0x0a) {
      line++;
      lineStart = offset + 1;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) {
      break;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Valid JSON, parsed by `JSON.parse`. Positions are found only when a diagnostic asks for one:
 * most documents need few or none, and finding them costs several times the parse.
 */
function parsedLazily(text: string, value: unknown): ParsedFlowText {
  let index: JsonTextIndex | undefined;
  return {
    value,
    diagnostics: [],
    locate(pointer) {
      if (pointer === '' && index === undefined) return rootPosition(text);
      index ??= indexJsonText(text);
      let path = pathOf(pointerSegments(pointer));
      for (;;) {
        const span = index.find(path);
        // Point at the property name when there is one: that is where the eye looks.
        if (span) return positionAt(index.lineStarts, span.nameStart ?? span.start);
        if (path.length === 0) return { line: 1, column: 1 };
        path = path.slice(0, -1);
      }
    },
  };
}

/**
 * Parses flow JSON text, keeping positions so that diagnostics can name lines and columns. Strict
 * JSON: comments and trailing commas are syntax errors, as they are for the Amazon Connect API. A
 * leading byte order mark is allowed. Text longer than {@link maxFlowTextLength} characters, or
 * nesting brackets deeper than {@link maxTextNestingDepth} levels, is refused with one diagnostic.
 * Lines and columns are found when `locate` is first called, not before. Never throws.
 *
 * @example
 * ```ts
 * import { parseFlowText } from '@contactflow/validator';
 * const parsed = parseFlowText('{\n  "Version": "2019-10-30"\n}');
 * parsed.locate('/Version'); // { line: 2, column: 14 }
 * ```
 */
export function parseFlowText(input: string): ParsedFlowText {
  const text = withoutByteOrderMark(input);
  if (text.length <= maxFlowTextLength) {
    // `JSON.parse` does not recurse, so even the deepest text is safe to give it; what is too deep
    // for the rest is refused below, with the position of the bracket too many. (Text that nests
    // deeper only in a member that a later one of the same name replaces is read: the value holds
    // nothing of it.)
    let value: unknown;
    let valid = false;
    try {
      value = JSON.parse(text);
      valid = true;
    } catch {
      // The syntax errors are found below.
    }
    if (valid && !nestsDeeperThan(value, maxTextNestingDepth)) return parsedLazily(text, value);
  }
  return parsedWithSyntaxErrors(text);
}

/** What is wrong with text that `JSON.parse` refused or that is refused unparsed, with positions. */
function parsedWithSyntaxErrors(text: string): ParsedFlowText {
  const refused = refusal(text);
  if (refused !== undefined) {
    return { value: undefined, diagnostics: [refused], locate: () => ({ line: 1, column: 1 }) };
  }
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch {
    // The depth check above keeps the parser's recursion in bounds; should it still fail, the text
    // is reported, not the parser.
    return {
      value: undefined,
      diagnostics: [
        {
          code: 'parse-error',
          severity: 'error',
          message: 'The text could not be parsed; it is not read.',
          pointer: '',
          line: 1,
          column: 1,
        },
      ],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  // Where text breaks off, the parser reports each thing it still expected at the same place; the
  // first says it. Text that is no JSON at all gets an error per token: the first few say enough.
  const places = new Set<number>();
  const firstAtEachPlace = errors
    .filter((error) => !places.has(error.offset) && places.add(error.offset))
    .slice(0, maxSyntaxErrors);
  const diagnostics: Diagnostic[] = firstAtEachPlace.map((error) => ({
    code: 'parse-error',
    severity: 'error',
    message: `Invalid JSON: ${syntaxMessage(error)}.`,
    pointer: '',
    ...positionAt(starts, error.offset),
  }));
  if (text.trim() === '') {
    diagnostics.splice(0, diagnostics.length, {
      code: 'parse-error',
      severity: 'error',
      message: 'The file is empty; expected a Flow-language JSON document.',
      pointer: '',
      line: 1,
      column: 1,
    });
  }
  let value: unknown;
  if (diagnostics.length === 0) {
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
  }
  return {
    value,
    diagnostics,
    locate(pointer) {
      if (!root) return { line: 1, column: 1 };
      let path = pathOf(pointerSegments(pointer));
      for (;;) {
        const node = findNodeAtLocation(root, path);
        if (node) {
          const target = node.parent?.type === 'property' ? node.parent : node;
          return positionAt(starts, target.offset);
        }
        if (path.length === 0) return { line: 1, column: 1 };
        path = path.slice(0, -1);
      }
    },
  };
}
