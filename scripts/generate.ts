/**
 * Writes every file derived from the code: parameter types, the flow document, environment and
 * configuration schemas for editors, and the catalog, block, rule and command line reference pages. Run with `pnpm generate`
 * after changing the catalog, a builder, a block example or a rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configSchemaFile } from '../packages/cli/tools/config-schema-file.js';
import { renderCliDocs } from '../packages/cli/tools/render-cli-docs.js';
import { generatedFiles } from '../packages/dsl/tools/generated-files.js';
import { rules } from '../packages/validator/src/rules/index.js';
import { renderGuideCoverage } from '../packages/validator/tools/render-guide-coverage.js';
import { renderRuleDocs } from '../packages/validator/tools/render-rule-docs.js';

const root = resolve(import.meta.dirname, '..');
for (const file of [
  ...(await generatedFiles()),
  ...renderRuleDocs(rules),
  renderGuideCoverage(),
  configSchemaFile(),
  renderCliDocs(),
]) {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote ${file.path}`);
}
