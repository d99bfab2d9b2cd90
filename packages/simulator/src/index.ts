/**
 * Running Amazon Connect flows offline: scenarios, traces, paths and branch coverage.
 *
 * @packageDocumentation
 */
export {};
