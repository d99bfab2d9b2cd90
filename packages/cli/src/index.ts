/**
 * The `contactflow` command line, callable from code.
 *
 * @packageDocumentation
 */
export { main } from './main.js';
export type { CliIo } from './main.js';
export { configFileName, configSchema } from './config/config-schema.js';
export type { ConfigOverride, ContactflowConfig, RuleSetting } from './config/config-schema.js';
export { createProgram } from './program.js';
export type { CommandContext, RunCommand } from './program.js';
export type { CommandOutcome } from './command-outcome.js';
