/**
 * Checks catalog entry files on their own, before they are wired into the catalog index:
 *   tsx --conditions=source scripts/check-catalog-entry.ts packages/dsl/src/catalog/actions/loop.ts ...
 * For an action: its schema compiles, its examples pass or fail as labelled, and every action of its
 * type in ../shared/corpus is checked (failures are printed, for deciding what the schema accepts).
 * For a block: its shape, and whether its variants' action files exist and offer its branches.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import type { ActionSpec } from '../packages/dsl/src/catalog/action-spec.js';
import type { BlockSpec } from '../packages/dsl/src/catalog/block-spec.js';
import { catalogSchemaKeywords } from '../packages/dsl/src/catalog/schema/json-schema.js';

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
});
ajv.addVocabulary([...catalogSchemaKeywords]);

const corpusDir = resolve('..', 'shared', 'corpus');
let failures = 0;
const fail = (message: string) => {
  failures++;
  console.log(`  FAIL ${message}`);
};

function corpusActions(type: string): { file: string; parameters: unknown }[] {
  if (!existsSync(corpusDir)) return [];
  const found: { file: string; parameters: unknown }[] = [];
  for (const repo of readdirSync(corpusDir)) {
    const dir = join(corpusDir, repo);
    if (!existsSync(dir) || repo.endsWith('.json') || repo.endsWith('.md')) continue;
    for (const name of readdirSync(dir)) {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { Actions?: unknown[] };
      for (const action of doc.Actions ?? []) {
        const a = action as { Type?: string; Parameters?: unknown };
        if (a.Type === type) found.push({ file: `${repo}/${name}`, parameters: a.Parameters });
      }
    }
  }
  return found;
}

function checkAction(spec: ActionSpec) {
  console.log(`action ${spec.type}`);
  const validate = ajv.compile(spec.parameters);
  spec.examples.valid.forEach((example, i) => {
    if (!validate(example)) fail(`valid example ${i} rejected: ${ajv.errorsText(validate.errors)}`);
  });
  spec.examples.invalid.forEach((example, i) => {
    if (validate(example.parameters)) fail(`invalid example ${i} (${example.reason}) accepted`);
  });
  if (spec.examples.valid.length === 0 || spec.examples.invalid.length === 0)
    fail('needs at least one valid and one invalid example');
  const seen = corpusActions(spec.type);
  const rejected = seen.filter((a) => !validate(a.parameters ?? {}));
  console.log(`  corpus: ${seen.length} actions, ${rejected.length} rejected`);
  for (const a of rejected) {
    validate(a.parameters ?? {});
    console.log(
      `    ${a.file}: ${ajv.errorsText(validate.errors)} :: ${JSON.stringify(a.parameters).slice(0, 200)}`,
    );
  }
}

async function checkBlock(spec: BlockSpec) {
  console.log(`block ${spec.id}`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) fail('id is not kebab-case');
  for (const variant of spec.variants) {
    const kebab = variant.actionType
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
      .toLowerCase();
    const file = resolve('packages/dsl/src/catalog/actions', `${kebab}.ts`);
    if (!existsSync(file)) {
      console.log(`  (action file ${kebab}.ts not written yet)`);
      continue;
    }
    const module = (await import(pathToFileURL(file).href)) as Record<string, ActionSpec>;
    const action = Object.values(module).find(
      (v) => v && typeof v === 'object' && 'type' in v && v.type === variant.actionType,
    );
    if (!action) continue;
    for (const branch of variant.branches ?? spec.branches) {
      const t = branch.target;
      if (t.kind === 'error' && !action.transitions.errors.some((e) => e.type === t.errorType))
        fail(`branch ${branch.name}: ${variant.actionType} has no error ${t.errorType}`);
      if (
        (t.kind === 'condition' || t.kind === 'conditions') &&
        action.transitions.conditions === false
      )
        fail(`branch ${branch.name}: ${variant.actionType} takes no conditions`);
      if (t.kind === 'next' && action.transitions.nextAction === 'forbidden')
        fail(`branch ${branch.name}: ${variant.actionType} has no NextAction`);
    }
    for (const type of variant.flowTypes ?? spec.flowTypes)
      if (!action.flowTypes.includes(type))
        fail(`flow type ${type} allowed by the block but not by ${variant.actionType}`);
  }
}

for (const path of process.argv.slice(2)) {
  const module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (!value || typeof value !== 'object') continue;
    if ('transitions' in value) checkAction(value as ActionSpec);
    else if ('variants' in value) await checkBlock(value as BlockSpec);
  }
}
console.log(failures === 0 ? 'ok' : `${failures} problem(s)`);
process.exitCode = failures === 0 ? 0 : 1;
