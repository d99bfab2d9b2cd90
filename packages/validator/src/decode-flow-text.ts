import type { Diagnostic } from './diagnostic.js';
import { lineStarts, maxFlowTextLength, positionAt } from './parse-flow-text.js';

/** What {@link decodeFlowText} makes of a file's bytes. */
export interface DecodedFlowText {
  /** The text; `undefined` when the bytes are no text to read as a flow. */
  readonly text: string | undefined;
  /** Why there is no text: one diagnostic, with line and column where it can say them. */
  readonly diagnostics: readonly Diagnostic[];
}

function refused(message: string, position = { line: 1, column: 1 }): DecodedFlowText {
  return {
    text: undefined,
    diagnostics: [{ code: 'parse-error', severity: 'error', message, pointer: '', ...position }],
  };
}

/** The length of the UTF-8 sequence that starts at `index`, or 0 when none valid does. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const [length, low, high] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f]
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first === 0xf4
                ? [4, 0x80, 0x8f]
                : first >= 0xf1 && first <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || index + length > bytes.length) return 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const second = bytes[index + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[index + k]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return index;
}

/**
 * Decodes the bytes of a flow file as UTF-8, the encoding of JSON, without replacing what is not
 * UTF-8: bytes that are no UTF-8 text (a file in another encoding, or no text at all), UTF-16 text
 * and files longer than any flow ({@link maxFlowTextLength} bytes) each come back as one
 * `parse-error` diagnostic, with the line and column of the first byte that is not UTF-8. A leading
 * byte order mark is kept, for the parser to pass over. Never throws.
 *
 * @example
 * ```ts
 * import { decodeFlowText, validateText } from '@contactflow/validator';
 * const decoded = decodeFlowText(new Uint8Array([0x7b, 0xff, 0x7d]));
 * decoded.diagnostics[0]?.column; // 2
 * if (decoded.text !== undefined) validateText(decoded.text);
 * ```
 */
export function decodeFlowText(bytes: Uint8Array): DecodedFlowText {
  if (bytes.length > maxFlowTextLength) {
    return refused(
      `The file is larger than the ${maxFlowTextLength.toLocaleString('en-US')} bytes any flow file has; it is not read.`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refused('The file is UTF-16 text; flows are JSON in UTF-8. Save it as UTF-8.');
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      diagnostics: [],
    };
  } catch {
    const offset = firstInvalidByte(bytes);
    // Everything before the first bad byte is valid, so it decodes to the text before it.
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return refused(
      `The file is not UTF-8 text: byte 0x${byte} here begins no valid character. Save it as UTF-8.`,
      positionAt(lineStarts(before), before.length),
    );
  }
}
