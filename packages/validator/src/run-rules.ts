import type { Diagnostic } from './diagnostic.js';
import { buildFlowGraph } from './graph/flow-graph.js';
import { readFlowShape } from './graph/flow-shape.js';
import type { Rule } from './rules/rule.js';

/**
 * Runs rules over a document: the graph is built once and shared. A rule that fails is reported as
 * an internal error of that rule, and the others still run.
 */
export function runRules(document: unknown, rules: readonly Rule[]): Diagnostic[] {
  const graph = buildFlowGraph(readFlowShape(document));
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      rule.check({
        graph,
        report: ({ message, pointer, actionId, hint }) => {
          diagnostics.push({
            code: rule.meta.id,
            severity: rule.meta.severity,
            message,
            pointer,
            ...(actionId !== undefined && { actionId }),
            ...(hint !== undefined && { hint }),
          });
        },
      });
    } catch (error) {
      diagnostics.push({
        code: 'internal-error',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this input: ${error instanceof Error ? error.message : String(error)}.`,
        pointer: '',
      });
    }
  }
  return diagnostics;
}
