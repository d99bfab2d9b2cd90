/**
 * The file commands read from the working directory when no `--config` is given. On its own so
 * that naming it (in help texts) does not load the schema, the validator and the catalog.
 */
export const configFileName = 'contactflow.config.json';
