/**
 * The Flow-language catalog: every action type and every console block as data, with the JSON
 * Schemas of their parameters. Builder, compiler, validator and importer all read it.
 *
 * @packageDocumentation
 */
export * from './action-spec.js';
export * from './block-modes.js';
export * from './block-spec.js';
export * from './catalog.js';
export * from './channels.js';
export * from './decision.js';
export * from './flow-types.js';
export * from './schema/builders.js';
export * from './schema/document-schema.js';
export * from './schema/json-schema.js';
export * from './decisions.js';
