import type { PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import type { Diagnostic } from '../diagnostic.js';
import type { FlowShape } from '../graph/flow-shape.js';
import type { Rule } from '../rules/rule.js';
import { placeholderValues } from './placeholder-values.js';

/**
 * Leaves out what rules that judge value formats found at parameter values holding a deploy-time
 * placeholder, where the catalog describes the value: the placeholder stands for a value of the
 * kind the parameter expects. Findings of every other rule, and findings about values the catalog
 * does not describe (an unknown parameter), are kept, so a template is checked as fully as a final
 * flow except for the values it leaves open.
 */
export function acceptPlaceholderValues(
  diagnostics: Diagnostic[],
  rules: readonly Rule[],
  shape: FlowShape,
  syntaxes: readonly PlaceholderSyntax[],
): Diagnostic[] {
  const formatRules = new Set(
    rules.filter((rule) => rule.meta.checksValueFormat === true).map((rule) => rule.meta.id),
  );
  if (!diagnostics.some((diagnostic) => formatRules.has(diagnostic.code))) return diagnostics;
  const open = new Set(
    placeholderValues(shape, syntaxes)
      .filter(({ leaf }) => leaf.schemas.length > 0)
      .map(({ leaf }) => leaf.pointer),
  );
  if (open.size === 0) return diagnostics;
  return diagnostics.filter(
    (diagnostic) => !(formatRules.has(diagnostic.code) && open.has(diagnostic.pointer)),
  );
}
