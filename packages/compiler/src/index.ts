/**
 * Compiles contactflow builder flows to Amazon Connect Flow-language JSON.
 *
 * @packageDocumentation
 */
export * from './compile.js';
export * from './compile-diagnostic.js';
export * from './parse-environment.js';
export { printJson } from './print-json.js';
export { identifierProblem } from './assign-identifiers.js';
export { referencePlaceholder, type UnresolvedReferences } from './resolve-parameters.js';
export type { FlowTransitions } from './encode-transitions.js';
