/**
 * The `contactflow` command line, callable from code.
 *
 * @packageDocumentation
 */
export { main } from './main.js';
