/**
 * Validates Amazon Connect Flow-language documents: parse with positions, the catalog's schemas,
 * and diagnostics that name the place and the fix.
 *
 * @packageDocumentation
 */
export type { Diagnostic, Severity } from './diagnostic.js';
export { maxFlowTextLength, maxTextNestingDepth, parseFlowText } from './parse-flow-text.js';
export type { ParsedFlowText } from './parse-flow-text.js';
export { decodeFlowText } from './decode-flow-text.js';
export type { DecodedFlowText } from './decode-flow-text.js';
export { checkDocumentSchema } from './schema-check.js';
export type { SchemaFinding, SchemaRuleId } from './schema-check.js';
export { checkCodes } from './check-codes.js';
export type { CheckCode } from './check-codes.js';
export { validate, validateText } from './validate.js';
export type { ValidateOptions, ValidateTextOptions } from './validate.js';
export { unwrapFlow } from './unwrap-flow.js';
export type { FlowWrapperKind, UnwrappedFlow } from './unwrap-flow.js';
export { flowContextOf } from './flow-context.js';
export type { FlowContext, FlowContextOptions } from './flow-context.js';
export { listPlaceholders, listPlaceholdersInText } from './placeholders/list-placeholders.js';
export type {
  ListPlaceholdersOptions,
  PlaceholderUse,
  PlaceholdersInText,
} from './placeholders/list-placeholders.js';
export { runRules } from './run-rules.js';
export type { RunRulesOptions } from './run-rules.js';
export { rules } from './rules/index.js';
export { defineRule } from './rules/rule.js';
export type { Rule, RuleCategory, RuleContext, RuleMeta, RuleReport } from './rules/rule.js';
export { buildFlowGraph } from './graph/flow-graph.js';
export type { FlowGraph } from './graph/flow-graph.js';
export { readFlowShape } from './graph/flow-shape.js';
export type { ActionShape, FlowShape, TransitionShape } from './graph/flow-shape.js';
export { parameterConditionHolds } from './graph/parameter-condition.js';
export { isReachableAvoiding, leadsTo, reachableAvoiding } from './graph/path-queries.js';
