import type { Rule, RuleMeta, RuleReport } from './rules/rule.js';
import type { SchemaFinding, SchemaRuleId } from './schema-check.js';

/**
 * Declares a structure rule whose findings come from the catalog's document schema: the schema is
 * checked once per document, and each such rule reports the findings it owns.
 */
export function defineSchemaRule(
  meta: RuleMeta & { readonly id: SchemaRuleId },
  hint?: (finding: SchemaFinding) => string | undefined,
): Rule {
  return {
    meta,
    check({ schemaFindings, report }) {
      for (const finding of schemaFindings) {
        if (finding.rule !== meta.id) continue;
        const found: RuleReport = {
          message: finding.message,
          pointer: finding.pointer,
          actionId: finding.actionId,
        };
        const fix = hint?.(finding);
        report(fix === undefined ? found : { ...found, hint: fix });
      }
    },
  };
}
