import type { PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import type { Severity } from '../diagnostic.js';
import type { FlowContext, FlowContextOptions } from '../flow-context.js';
import type { FlowGraph } from '../graph/flow-graph.js';
import type { SchemaFinding } from '../schema-check.js';

/** The groups the rules reference is organised by. */
export type RuleCategory = 'structure' | 'graph' | 'values' | 'context' | 'paths' | 'portability';

/** What a rule is, for configuration, the docs and the meta-test. */
export interface RuleMeta {
  /** kebab-case; also the rule's file name and its docs page. */
  readonly id: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Why it matters: what the service or a live contact does with the defect. */
  readonly rationale: string;
  /**
   * Documents for the docs page; the meta-test checks the bad one fails and the good one passes.
   * Rules that depend on the flow type or channels read them from `options`.
   */
  readonly examples: {
    readonly bad: unknown;
    readonly good: unknown;
    readonly options?: FlowContextOptions;
  };
  /** The rule needs the flow type; it is skipped, with one info diagnostic, when that is unknown. */
  readonly needsFlowType?: boolean;
  /**
   * The rule judges the format of single parameter values (a pattern, a length, digits, markup, an
   * ARN). Where such a value holds a deploy-time placeholder and the catalog describes it, the
   * rule's findings at that value are left out: the placeholder stands for a value of the kind the
   * parameter expects, and only the rendered flow shows what it is.
   */
  readonly checksValueFormat?: boolean;
}

/** One finding of a rule; code and severity come from the rule. */
export interface RuleReport {
  readonly message: string;
  readonly pointer: string;
  readonly actionId?: string | undefined;
  readonly hint?: string;
}

/** What a rule sees: the document's graph, where it runs, and where to report. */
export interface RuleContext {
  /** The document as given, for the rare rule that needs more than the graph. */
  readonly document: unknown;
  readonly graph: FlowGraph;
  /** What the catalog's document schema finds, computed once on first use and shared. */
  readonly schemaFindings: readonly SchemaFinding[];
  readonly flow: FlowContext;
  /** The syntaxes of deploy-time placeholders to recognise in values; empty for final flows. */
  readonly placeholders: readonly PlaceholderSyntax[];
  report(finding: RuleReport): void;
}

/** A check on a Flow-language document, in a file of its own under `rules/`. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * Declares a rule.
 *
 * @example
 * ```ts
 * import { defineRule } from '@contactflow/validator';
 * export const noActions = defineRule({
 *   meta: {
 *     id: 'no-actions',
 *     category: 'structure',
 *     severity: 'warning',
 *     description: 'A flow has no actions.',
 *     rationale: 'An empty flow does nothing.',
 *     examples: { bad: { Actions: [] }, good: { Actions: [{}] } },
 *   },
 *   check({ graph, report }) {
 *     if (graph.shape.actions.length === 0) report({ message: 'The flow has no actions.', pointer: '/Actions' });
 *   },
 * });
 * ```
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}
