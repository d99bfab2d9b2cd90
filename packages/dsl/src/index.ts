/**
 * contactflow's builder package. The catalog of every Flow-language action and console block is
 * also available on its own as `@contactflow/dsl/catalog`.
 *
 * @packageDocumentation
 */
export * from './catalog/index.js';
export type * from './generated/parameters.js';
