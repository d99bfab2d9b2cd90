import type { Diagnostic } from './diagnostic.js';
import { parseFlowText } from './parse-flow-text.js';
import { rules } from './rules/index.js';
import { runRules, type RunRulesOptions } from './run-rules.js';
import { unwrapFlow } from './unwrap-flow.js';

/**
 * Options of {@link validate}: where the flow runs, and the syntaxes of the deploy-time
 * placeholders a template may hold (every built-in one unless `placeholders` says otherwise; `[]`
 * for a final flow).
 */
export type ValidateOptions = RunRulesOptions;

/** Options of {@link validateText}. */
export interface ValidateTextOptions extends ValidateOptions {
  /** Named in messages about the file as a whole. */
  readonly fileName?: string;
}

function orderByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

function internalError(error: unknown): Diagnostic {
  return {
    code: 'internal-error',
    severity: 'error',
    message: `The validator failed on this input: ${error instanceof Error ? error.message : String(error)}.`,
    pointer: '',
  };
}

/**
 * Validates a parsed Flow-language document. Never throws: every problem, even one in the validator
 * itself, comes back as a diagnostic.
 *
 * @example
 * ```ts
 * import { validate } from '@contactflow/validator';
 * const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
 * const flow = { Version: '2019-10-30', StartAction: 'bye', Actions: [bye] };
 * validate(flow, { flowType: 'CONTACT_FLOW' }).length; // 0
 * ```
 */
export function validate(document: unknown, options: ValidateOptions = {}): Diagnostic[] {
  try {
    return runRules(document, rules, options);
  } catch (error) {
    return [internalError(error)];
  }
}

/**
 * Parses and validates flow JSON text; diagnostics carry 1-based lines and columns.
 *
 * The text may also be a wrapper around the document, such as the output of `aws connect
 * describe-contact-flow` (see {@link unwrapFlow}): the document in its `Content` is validated, the
 * wrapper's `Type` is the flow type unless `options.flowType` is given, pointers point into the
 * inner document, and lines and columns into the text.
 *
 * @example
 * ```ts
 * import { validateText } from '@contactflow/validator';
 * const [first] = validateText('{ "Version": "2019-10-30" ', { fileName: 'main.json' });
 * first?.code; // 'parse-error'
 * ```
 */
export function validateText(text: string, options: ValidateTextOptions = {}): Diagnostic[] {
  try {
    const outer = parseFlowText(text);
    const unwrapped = unwrapFlow(text, outer);
    const parsed = unwrapped ?? outer;
    if (parsed.diagnostics.length > 0) return [...parsed.diagnostics];
    const flowType = options.flowType ?? unwrapped?.flowType;
    const located = validate(parsed.value, { ...options, flowType }).map((diagnostic) =>
      diagnostic.line === undefined
        ? { ...diagnostic, ...parsed.locate(diagnostic.pointer) }
        : diagnostic,
    );
    return orderByPosition(located);
  } catch (error) {
    const failure = internalError(error);
    return [{ ...failure, message: `${options.fileName ?? 'input'}: ${failure.message}` }];
  }
}
