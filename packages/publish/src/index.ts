/**
 * Publishing flows to an Amazon Connect instance and pulling them back: resolving references,
 * ordering, backups and restore.
 *
 * @packageDocumentation
 */
export * from './publish-unit.js';
export * from './unit-from-flow.js';
export * from './unit-from-document.js';
export * from './publish-input-error.js';
export * from './placeholders.js';
export * from './template-placeholders.js';
export * from './insert-placeholders.js';
export * from './merge-environments.js';
export * from './gateway.js';
export * from './connect-gateway.js';
export * from './instance-target.js';
export * from './resource-name.js';
export * from './live-environment.js';
export * from './resolve-references.js';
export * from './same-content.js';
export * from './stub-content.js';
export * from './validate-unit.js';
export * from './plan-publish.js';
export * from './service-problems.js';
export * from './backup-manifest.js';
export * from './backup-run.js';
export { applyPlan, type AppliedUnit, type ApplyContext } from './apply-plan.js';
export * from './publish-result.js';
export * from './publish.js';
export * from './format-summary.js';
export * from './restore.js';
export * from './pull.js';
export * from './name-glob.js';
