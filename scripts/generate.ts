/**
 * Writes every file derived from the code: the precompiled document validator, parameter types,
 * the flow document, environment and configuration schemas for editors, and the catalog, block,
 * rule and command line reference pages. Run with `pnpm generate` after changing the catalog, a
 * builder, a block example or a rule.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { renderSimulatedActions } from '../packages/simulator/tools/render-simulated-actions.js';
import {
  actionClauseDirectory,
  renderDocumentValidator,
} from '../packages/validator/tools/render-document-validator.js';

interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

const root = resolve(import.meta.dirname, '..');

function write(file: GeneratedFile): void {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote ${file.path}`);
}

// The validator imports the document validator and the CLI the configuration validator, so they
// are written first, each before anything that loads its importer: a missing or stale one is then
// never what the other generators run with.
const documentValidator = renderDocumentValidator();
// The clause scripts are written afresh, so that none is left of a type the catalog dropped.
rmSync(resolve(root, actionClauseDirectory), { recursive: true, force: true });
documentValidator.forEach(write);
const { renderConfigValidator } = await import('../packages/cli/tools/render-config-validator.js');
write(renderConfigValidator());

const [
  { configSchemaFile },
  { renderCliDocs },
  { generatedFiles },
  { rules },
  { renderGuideCoverage },
  { renderRuleDocs },
  { scenarioSchemaFiles },
] = await Promise.all([
  import('../packages/cli/tools/config-schema-file.js'),
  import('../packages/cli/tools/render-cli-docs.js'),
  import('../packages/dsl/tools/generated-files.js'),
  import('../packages/validator/src/rules/index.js'),
  import('../packages/validator/tools/render-guide-coverage.js'),
  import('../packages/validator/tools/render-rule-docs.js'),
  import('../packages/cli/tools/scenario-schema-files.js'),
]);
for (const file of [
  ...(await generatedFiles()),
  ...renderRuleDocs(rules),
  renderGuideCoverage(),
  configSchemaFile(),
  renderCliDocs(),
  renderSimulatedActions(),
  ...(await scenarioSchemaFiles()),
]) {
  write(file);
}
