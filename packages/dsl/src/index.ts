/**
 * contactflow's builder: one function per console flow block, symbolic references to instance
 * resources, and typed dynamic values. The catalog of every Flow-language action and console block
 * is also available on its own as `@contactflow/dsl/catalog`.
 *
 * @packageDocumentation
 */
export * from './catalog/action-spec.js';
export * from './catalog/block-spec.js';
export * from './catalog/catalog.js';
export * from './catalog/channels.js';
export * from './catalog/decision.js';
export * from './catalog/flow-types.js';
export * from './catalog/schema/document-schema.js';
export type * from './generated/parameters.js';
export * from './values/dynamic-value.js';
export * from './values/text-template.js';
export * from './values/contact-data.js';
export * from './values/lex.js';
export * from './values/system.js';
export * from './values/queue-metrics.js';
export * from './references/resource-kind.js';
export * from './references/resource-reference.js';
export * from './references/references.js';
export * from './references/environment.js';
export * from './references/environment-schema.js';
export * from './placeholders/index.js';
export * from './builder/source-location.js';
export * from './builder/condition.js';
export * from './builder/parameter-template.js';
export * from './builder/flow-node.js';
export * from './builder/inputs.js';
export * from './builder/build-context.js';
export * from './builder/flow-definition.js';
export * from './builder/flow.js';
export * from './builder/flow-module.js';
export * from './builder/define-block-builder.js';
export * from './builder/raw.js';
export * from './builder/missing-action.js';
export * from './blocks/index.js';
