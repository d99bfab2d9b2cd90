/**
 * Validates Amazon Connect Flow-language documents: parse with positions, the catalog's schemas,
 * and diagnostics that name the place and the fix.
 *
 * @packageDocumentation
 */
export type { Diagnostic, Severity } from './diagnostic.js';
export { parseFlowText } from './parse-flow-text.js';
export type { ParsedFlowText } from './parse-flow-text.js';
export { checkDocumentSchema } from './schema-check.js';
export { validate, validateText } from './validate.js';
export type { ValidateTextOptions } from './validate.js';
