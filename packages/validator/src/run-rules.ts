import type { Diagnostic } from './diagnostic.js';
import { flowContextOf, type FlowContextOptions } from './flow-context.js';
import { buildFlowGraph } from './graph/flow-graph.js';
import { readFlowShape } from './graph/flow-shape.js';
import type { Rule } from './rules/rule.js';
import { checkDocumentSchema, type SchemaFinding } from './schema-check.js';

/**
 * Runs rules over a document: the graph is built once and shared. A rule that fails is reported as
 * an internal error of that rule, and the others still run.
 */
export function runRules(
  document: unknown,
  rules: readonly Rule[],
  options: FlowContextOptions = {},
): Diagnostic[] {
  const graph = buildFlowGraph(readFlowShape(document));
  const flow = flowContextOf(document, options);
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
  for (const rule of rules) {
    if (skipped.includes(rule)) continue;
    try {
      rule.check({
        document,
        graph,
        get schemaFindings() {
          return (schemaFindings ??= checkDocumentSchema(document));
        },
        flow,
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
