/**
 * Compiles builder flows to Flow-language JSON and imports JSON back into builder source.
 *
 * @packageDocumentation
 */
export {};
