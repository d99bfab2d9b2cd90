import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { Diagnostic } from './diagnostic.js';
import { pointerSegments } from './json-pointer.js';

/** A parsed document and a way back from JSON pointers to positions in its text. */
export interface ParsedFlowText {
  /** The parsed value; `undefined` when the text is not valid JSON. */
  readonly value: unknown;
  /** Syntax problems, with line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /** The 1-based line and column where the value at `pointer` starts (its nearest existing parent otherwise). */
  locate(pointer: string): { line: number; column: number };
}

/** The offset at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
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

/**
 * Parses flow JSON text, keeping positions so that diagnostics can name lines and columns. Strict
 * JSON: comments and trailing commas are syntax errors, as they are for the Amazon Connect API.
 *
 * @example
 * ```ts
 * import { parseFlowText } from '@contactflow/validator';
 * const parsed = parseFlowText('{\n  "Version": "2019-10-30"\n}');
 * parsed.locate('/Version'); // { line: 2, column: 14 }
 * ```
 */
export function parseFlowText(text: string): ParsedFlowText {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  // Where text breaks off, the parser reports each thing it still expected at the same place; the
  // first says it.
  const firstAtEachPlace = errors.filter(
    (error, index) => errors.findIndex((other) => other.offset === error.offset) === index,
  );
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
      let segments = pointerSegments(pointer);
      for (;;) {
        const path = segments.map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
        const node = findNodeAtLocation(root, path);
        if (node) {
          // Point at the property name when there is one: that is where the eye looks.
          const target = node.parent?.type === 'property' ? node.parent : node;
          return positionAt(starts, target.offset);
        }
        if (segments.length === 0) return { line: 1, column: 1 };
        segments = segments.slice(0, -1);
      }
    },
  };
}
