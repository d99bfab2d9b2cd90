/**
 * Codes of the diagnostics the validator reports itself, besides those of its rules: today only the
 * note that rules needing the flow type did not run. Like a rule's id, it may be switched off or
 * given another severity by a configuration. `parse-error` and `internal-error` are not among them:
 * neither can be switched off.
 *
 * @example
 * ```ts
 * import { checkCodes, rules } from '@contactflow/validator';
 * const configurable = [...rules.map((rule) => rule.meta.id), ...checkCodes];
 * ```
 */
export const checkCodes = ['flow-type-unknown'] as const;

/** One of {@link checkCodes}. */
export type CheckCode = (typeof checkCodes)[number];
