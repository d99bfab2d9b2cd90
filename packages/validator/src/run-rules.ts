import { defaultPlaceholderSyntaxes, type PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import type { Diagnostic } from './diagnostic.js';
import { flowContextOf, type FlowContextOptions } from './flow-context.js';
import { buildFlowGraph } from './graph/flow-graph.js';
import { readFlowShape } from './graph/flow-shape.js';
import { acceptPlaceholderValues } from './placeholders/accept-placeholder-values.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { checkDocumentSchema, type SchemaFinding } from './schema-check.js';

/** Options of {@link runRules}: where the flow runs, and the placeholders a template may hold. */
export interface RunRulesOptions extends FlowContextOptions {
  /**
   * The syntaxes of deploy-time placeholders (`${queue_arn}`, `%LangCode%`, `{{message}}`) the
   * document may hold, as flow templates do; every built-in syntax when not given, `[]` for a flow
   * that must hold none. Where a parameter value holds one, checks of the value's format accept it
   * as a value of the kind the parameter expects; structure, graph, flow-type and path checks are
   * the same as for any flow.
   */
  readonly placeholders?: readonly PlaceholderSyntax[];
}

/**
 * Runs rules over a document: the graph is built once and shared. A rule that fails is reported as
 * an internal error of that rule, and the others still run.
 *
 * @example
 * ```ts
 * import { rules, runRules } from '@contactflow/validator';
 * const bye = { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} };
 * runRules({ Version: '2019-10-30', StartAction: 'bye', Actions: [bye] }, rules, { placeholders: [] });
 * ```
 */
export function runRules(
  document: unknown,
  rules: readonly Rule[],
  options: RunRulesOptions = {},
): Diagnostic[] {
  const graph = buildFlowGraph(readFlowShape(document));
  const flow = flowContextOf(document, options);
  const placeholders = options.placeholders ?? defaultPlaceholderSyntaxes;
  let schemaFindings: SchemaFinding[] | undefined;
  const diagnostics: Diagnostic[] = [];
  const skipped = flow.flowType === undefined ? rules.filter((r) => r.meta.needsFlowType) : [];
  if (skipped.length > 0) {
    diagnostics.push({
      code: 'flow-type-unknown',
      severity: 'info',
      message: `The flow type is not known, so ${skipped.map((r) => r.meta.id).join(', ')} did not run.`,
      pointer: '',
      hint: 'Pass the flow type, set it per file in the configuration, or keep Metadata.type from the console export.',
    });
  }
  // One context serves every rule, and `report` credits the rule running: an object with a getter
  // is slow to make, and making one per rule cost more than most rules take.
  let running = rules[0]!;
  const context: RuleContext = {
    document,
    graph,
    get schemaFindings() {
      return (schemaFindings ??= checkDocumentSchema(document));
    },
    flow,
    placeholders,
    report: ({ message, pointer, actionId, hint }) => {
      diagnostics.push({
        code: running.meta.id,
        severity: running.meta.severity,
        message,
        pointer,
        ...(actionId !== undefined && { actionId }),
        ...(hint !== undefined && { hint }),
      });
    },
  };
  for (const rule of rules) {
    if (skipped.includes(rule)) continue;
    running = rule;
    try {
      rule.check(context);
    } catch (error) {
      diagnostics.push({
        code: 'internal-error',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this input: ${error instanceof Error ? error.message : String(error)}.`,
        pointer: '',
      });
    }
  }
  return acceptPlaceholderValues(diagnostics, rules, graph.shape, placeholders);
}
