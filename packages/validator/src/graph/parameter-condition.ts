// Kept for the validator's public API; the test lives with the catalog's block recognition.
export { parameterConditionHolds } from '@contactflow/dsl/catalog';
