import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFlowText, maxFlowTextLength, parseFlowText } from '@contactflow/validator';
import type { DecodedFlowText, Diagnostic, ParsedFlowText } from '@contactflow/validator';
import { fileErrorReason, inputFileProblem } from './input-file-problem.js';
import { UsageError } from './usage-error.js';

/** Reads at most `limit` bytes: enough to tell that a file is larger than any flow. */
function readAtMost(path: string, limit: number): Uint8Array {
  const descriptor = openSync(path, 'r');
  try {
    // One byte more than the file has, to see its end; the file may have grown since.
    const buffer = Buffer.alloc(Math.min(fstatSync(descriptor).size + 1, limit));
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads a flow file as text. What stops it from being read at all (it does not exist, is a
 * directory, a symbolic link to nothing, a pipe, or may not be read) is a {@link UsageError} of one
 * line naming the file; what makes its content no flow text (not UTF-8, larger than any flow) comes
 * back as a diagnostic with line and column, as a syntax error would. A file larger than any flow is
 * not read further than needed to tell.
 *
 * @example
 * ```ts
 * import { validateText } from '@contactflow/validator';
 * import { readFlowFile } from './read-flow-file.js';
 * const { text, diagnostics } = readFlowFile('examples/flows/pay-by-phone.json', process.cwd());
 * const found = text === undefined ? diagnostics : validateText(text);
 * ```
 */
export function readFlowFile(file: string, cwd: string): DecodedFlowText {
  const path = resolve(cwd, file);
  const problem = inputFileProblem(path);
  if (problem !== undefined) throw new UsageError(`${file}: ${problem}`);
  let bytes: Uint8Array;
  try {
    bytes = readAtMost(path, maxFlowTextLength + 1);
  } catch (error) {
    throw new UsageError(`${file}: ${fileErrorReason(error)}`);
  }
  return decodeFlowText(bytes);
}

/**
 * A diagnostic about a whole input, as the one-line error of a command that takes one flow: the
 * file, the line and column when known, and the message.
 *
 * @example
 * ```ts
 * import { diagnosticError } from './read-flow-file.js';
 * const error = diagnosticError('main.json', {
 *   code: 'parse-error',
 *   severity: 'error',
 *   message: 'Invalid JSON: value expected.',
 *   pointer: '',
 *   line: 2,
 *   column: 1,
 * });
 * error.message; // 'main.json:2:1: Invalid JSON: value expected.'
 * ```
 */
export function diagnosticError(file: string, problem: Diagnostic): UsageError {
  const where = problem.line === undefined ? '' : `:${problem.line}:${problem.column}`;
  return new UsageError(`${file}${where}: ${problem.message}`);
}

/**
 * Reads and parses a JSON flow file, for a command that takes one flow: a file that cannot be read,
 * or whose content is no JSON, is a {@link UsageError} of one line naming the file, and the line
 * and column of a syntax error.
 *
 * @example
 * ```ts
 * import { readJsonFlowFile } from './read-flow-file.js';
 * const { parsed } = readJsonFlowFile('examples/flows/pay-by-phone.json', process.cwd());
 * parsed.value; // the document
 * ```
 */
export function readJsonFlowFile(
  file: string,
  cwd: string,
): { readonly text: string; readonly parsed: ParsedFlowText } {
  const { text, diagnostics } = readFlowFile(file, cwd);
  if (text === undefined) throw diagnosticError(file, diagnostics[0]!);
  const parsed = parseFlowText(text);
  if (parsed.diagnostics[0] !== undefined) throw diagnosticError(file, parsed.diagnostics[0]);
  return { text, parsed };
}
