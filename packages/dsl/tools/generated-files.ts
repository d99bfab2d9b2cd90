import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'prettier';
import { actions, blocks, catalogDecisions, flowDocumentSchema } from '../src/catalog/index.js';
import { environmentSchema } from '../src/references/environment-schema.js';
import { renderCatalogDocs, renderDecisionsDoc } from './render-catalog-docs.js';
import { renderParameterTypes } from './render-parameter-types.js';
import { readBuilderOptions } from './read-builder-options.js';
import { renderBlockReference } from './render-block-reference.js';

const root = resolve(import.meta.dirname, '../../..');

/** A file the generator writes, relative to the repository root, with its expected content. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Every file derived from the catalog. `pnpm generate` writes them; the drift test compares them
 * with what is committed, so a schema change without regeneration fails the suite.
 */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const actionList = Object.values(actions);
  const blockList = Object.values(blocks);
  const types = await format(await renderParameterTypes(actionList), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
  });
  const signatures = readBuilderOptions(blockList.map((block) => block.builder));
  const examples = new Map(
    blockList.flatMap((block) => {
      const file = resolve(root, `examples/blocks/${block.id}.flow.ts`);
      return existsSync(file) ? [[block.id, readFileSync(file, 'utf8')] as const] : [];
    }),
  );
  return [
    { path: 'packages/dsl/src/generated/parameters.ts', content: types },
    { path: 'docs/blocks.md', content: renderBlockReference(blockList, signatures, examples) },
    {
      path: 'packages/dsl/schema/flow.schema.json',
      content: `${JSON.stringify(flowDocumentSchema, null, 2)}\n`,
    },
    {
      path: 'packages/dsl/schema/environment.schema.json',
      content: `${JSON.stringify(environmentSchema, null, 2)}\n`,
    },
    { path: 'docs/catalog.md', content: renderCatalogDocs(actionList, blockList) },
    {
      path: 'docs/catalog-decisions.md',
      content: renderDecisionsDoc(catalogDecisions, actionList, blockList),
    },
  ];
}
